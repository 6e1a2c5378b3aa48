// The same groups of items taken together across several returns: the region's ICBs as if
// they were one. Counts are added and every share is recomputed from the added counts over the
// added item totals, exactly as one return's shares are from its own counts, so the pooled
// figure is never an average of rounded per cents.
import { headlineBand } from "./band";
import { roundedShare } from "./round-share";
import type { Band, Distribution, PerLevel } from "./types";

export type PooledDistribution = Distribution & {
  /** How many distributions were added together. */
  pooled: number;
  band: Band | null;
};

export function poolDistributions(distributions: readonly Distribution[]): PooledDistribution {
  const counts: PerLevel = [0, 0, 0, 0, 0, 0];
  let items = 0;
  let notRated = 0;
  for (const distribution of distributions) {
    items += distribution.items;
    notRated += distribution.notRated;
    for (let level = 0; level < 6; level++) counts[level]! += distribution.counts[level]!;
  }
  const shares = counts.map((count) => roundedShare(count, items)) as PerLevel;
  return {
    items,
    notRated,
    counts,
    shares,
    level3Plus: roundedShare(counts[3] + counts[4] + counts[5], items),
    pooled: distributions.length,
    band: headlineBand(counts),
  };
}
