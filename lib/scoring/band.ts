// The headline band answers the FOI question "between levels 0 and 2 / mostly level 3 / between
// levels 4 and 5" from the item levels, by a rule anyone can re-apply by hand:
//
// 1. Count the RATED items in each band: 0-2, 3, 4-5. Items not yet rated do not vote.
// 2. The band holding the most rated items is the headline band.
// 3. If bands tie for most, the tied band that contains the median rated level wins. With an
//    even number of rated items the median is the LOWER of the two middle levels, so a tie is
//    settled towards the more modest claim, as a self-assessment should be.
// 4. If the median falls in a band that is not among the tied ones (only possible when 0-2 and
//    4-5 tie and level 3 holds fewer), the lower tied band wins, for the same reason.
// 5. Nothing rated: no band (null).
//
// BNSSG 2022/23: 27 rated items at 0-2, 29 at level 3, 15 at 4-5 → "mostly level 3" by rule 2; its
// median rated level is 3 as well.
import type { Band } from "./types";

export const BANDS: readonly Band[] = ["between levels 0 and 2", "mostly level 3", "between levels 4 and 5"];

/** 0 for levels 0-2, 1 for level 3, 2 for levels 4-5. */
function bandIndexOfLevel(level: number): number {
  return level <= 2 ? 0 : level === 3 ? 1 : 2;
}

export function bandOfLevel(level: number): Band {
  return BANDS[bandIndexOfLevel(level)] as Band;
}

/** The lower median of the rated levels, from counts per level 0-5. */
function lowerMedianLevel(counts: readonly number[], rated: number): number {
  const position = Math.floor((rated - 1) / 2);
  let seen = 0;
  for (let level = 0; level < 6; level++) {
    seen += counts[level] ?? 0;
    if (seen > position) return level;
  }
  return 5;
}

/** The headline band for counts of rated items at levels 0-5 (see the rule above). */
export function headlineBand(counts: readonly number[]): Band | null {
  // Plain arithmetic rather than helper closures and array callbacks: this runs once per scored
  // return, and those cost more than the rest of the rule.
  const low = (counts[0] ?? 0) + (counts[1] ?? 0) + (counts[2] ?? 0);
  const mid = counts[3] ?? 0;
  const high = (counts[4] ?? 0) + (counts[5] ?? 0);
  const rated = low + mid + high;
  if (rated === 0) return null;

  const most = Math.max(low, mid, high);
  const lowTied = low === most;
  const midTied = mid === most;
  const highTied = high === most;
  if (lowTied && !midTied && !highTied) return BANDS[0]!;
  if (midTied && !lowTied && !highTied) return BANDS[1]!;
  if (highTied && !lowTied && !midTied) return BANDS[2]!;

  const medianBand = bandIndexOfLevel(lowerMedianLevel(counts, rated));
  if ((medianBand === 0 && lowTied) || (medianBand === 1 && midTied) || (medianBand === 2 && highTied)) {
    return BANDS[medianBand]!;
  }
  return BANDS[lowTied ? 0 : 1]!;
}
