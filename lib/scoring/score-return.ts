// Scores one return: the per-level spread of each section, ambition and the whole catalogue,
// as on the tool's summary sheet, plus the headline band.
import { headlineBand } from "./band";
import { prepareCatalogue, type PercentTable, type PreparedCatalogue } from "./prepare-catalogue";
import { NOT_RATED, readLevels } from "./read-levels";
import type { AmbitionScore, Levels, PerLevel, ReturnScore, ScoringCatalogue, SectionScore } from "./types";

function notRatedOf(items: number, counts: PerLevel): number {
  return items - (counts[0] + counts[1] + counts[2] + counts[3] + counts[4] + counts[5]);
}

// Every share, and the share at level 3 and above, is looked up from the counts: rounded shares
// are never added up (the BNSSG board paper's 65.1% for 15/23 = 65.2% is what adding them does).
function tabledShares(percent: PercentTable, counts: PerLevel): PerLevel {
  return [percent[counts[0]]!, percent[counts[1]]!, percent[counts[2]]!, percent[counts[3]]!, percent[counts[4]]!, percent[counts[5]]!];
}

/**
 * Scores per-item levels already read by `readLevels` (NOT_RATED for a blank). Exposed for
 * comparison, which reads each return once and scores it more than one way.
 */
export function scoreItemLevels(catalogue: PreparedCatalogue, itemLevels: Int8Array): ReturnScore {
  const tally = catalogue.scratchTally;
  tally.fill(0);
  const sectionOfItem = catalogue.sectionOfItem;
  for (let index = 0; index < itemLevels.length; index++) {
    const level = itemLevels[index]!;
    if (level !== NOT_RATED) tally[sectionOfItem[index]! * 6 + level]!++;
  }

  // Object literals rather than spreading a distribution into them: a spread builds and copies a
  // temporary object for each of the ~40 groups, which was most of the cost of a return.
  const sections: SectionScore[] = [];
  const ambitions: AmbitionScore[] = [];
  const overall: PerLevel = [0, 0, 0, 0, 0, 0];
  for (const ambition of catalogue.ambitions) {
    const ambitionCounts: PerLevel = [0, 0, 0, 0, 0, 0];
    for (let s = ambition.firstSection; s < ambition.endSection; s++) {
      const section = catalogue.sections[s]!;
      const at = s * 6;
      const counts: PerLevel = [tally[at]!, tally[at + 1]!, tally[at + 2]!, tally[at + 3]!, tally[at + 4]!, tally[at + 5]!];
      for (let level = 0; level < 6; level++) ambitionCounts[level]! += counts[level]!;
      const items = section.itemCount;
      sections.push({
        section: section.number,
        ambition: ambition.number,
        items,
        notRated: notRatedOf(items, counts),
        counts,
        shares: tabledShares(section.percentByCount, counts),
        level3Plus: section.percentByCount[counts[3] + counts[4] + counts[5]]!,
      });
    }
    for (let level = 0; level < 6; level++) overall[level]! += ambitionCounts[level]!;
    const items = ambition.itemCount;
    ambitions.push({
      ambition: ambition.number,
      items,
      notRated: notRatedOf(items, ambitionCounts),
      counts: ambitionCounts,
      shares: tabledShares(ambition.percentByCount, ambitionCounts),
      level3Plus: ambition.percentByCount[ambitionCounts[3] + ambitionCounts[4] + ambitionCounts[5]]!,
    });
  }

  return {
    catalogue: catalogue.id,
    ambitions,
    overall: {
      items: catalogue.items.length,
      notRated: notRatedOf(catalogue.items.length, overall),
      counts: overall,
      shares: tabledShares(catalogue.percentByCount, overall),
      level3Plus: catalogue.percentByCount[overall[3] + overall[4] + overall[5]]!,
    },
    band: headlineBand(overall),
    sections,
  };
}

/**
 * Scores one return made with `catalogue`. `levels` maps item ids to 0-5; a missing, null or
 * undefined level is "not yet rated", and still counts in every denominator. Throws a
 * ScoringError naming each key that is not an item, is a stem, or holds anything but 0-5.
 */
export function scoreReturn(catalogue: ScoringCatalogue, levels: Levels): ReturnScore {
  const prepared = prepareCatalogue(catalogue);
  return scoreItemLevels(prepared, readLevels(prepared, levels, prepared.scratchLevels));
}
