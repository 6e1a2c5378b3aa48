// What changed between two returns: BNSSG "completed [it] in 2020 and refreshed [it] in 2022/3",
// and the change is what a board wants to see.
//
// Two returns made with the same catalogue version are compared item by item. Across versions an
// item is only comparable when both versions ask the same question: the same number (an
// unnumbered item, such as a 4.1.2 service, by its id, which carries its stem's number) and the
// same wording, its stem's wording included (1.1.1 "Children and Young People" means nothing
// without its stem). Runs of white space are not a change of wording. Every share in a comparison,
// on both sides, is over the compared items only, so the before and after figures are measured
// against the same questions; the items left out are reported, per side.
import { ScoringError } from "./errors";
import { prepareCatalogue, type PreparedCatalogue } from "./prepare-catalogue";
import { questionKey } from "./question-key";
import { NOT_RATED, readLevels } from "./read-levels";
import { shareTenths, tenthsToPercent } from "./round-share";
import { scoreItemLevels } from "./score-return";
import type { Band, Distribution, Levels, PerLevel, ScoringCatalogue, ScoringSection } from "./types";

export type Movement = "up" | "down" | "same" | "newly-rated" | "no-longer-rated" | "still-not-rated";

export type ItemChange = {
  id: string;
  number: string | null;
  ambition: number;
  section: string;
  from: number | null;
  to: number | null;
  movement: Movement;
};

export type MovementCounts = {
  up: number;
  down: number;
  same: number;
  newlyRated: number;
  noLongerRated: number;
  stillNotRated: number;
};

export type DistributionChange = {
  items: number;
  before: Distribution;
  after: Distribution;
  /** After minus before, in percentage points, per level 0-5; exact to the tenth. */
  shareChanges: PerLevel;
  level3PlusChange: number;
  movements: MovementCounts;
};

export type AmbitionChange = { ambition: number } & DistributionChange;
export type SectionChange = { section: string; ambition: number } & DistributionChange;

/** One return: the catalogue version it was made with and its levels by item id. */
export type ReturnSide = { catalogue: ScoringCatalogue; levels: Levels };

export type ReturnComparison = {
  before: { catalogue: string; band: Band | null };
  after: { catalogue: string; band: Band | null };
  sameVersion: boolean;
  /** The compared items, in the later catalogue's order. */
  items: ItemChange[];
  ambitions: AmbitionChange[];
  sections: SectionChange[];
  overall: DistributionChange;
  /** Items of each side with no counterpart on the other (always none within one version). */
  notComparable: { before: { count: number; ids: string[] }; after: { count: number; ids: string[] } };
};

const MOVEMENT_KEY: Record<Movement, keyof MovementCounts> = {
  up: "up",
  down: "down",
  same: "same",
  "newly-rated": "newlyRated",
  "no-longer-rated": "noLongerRated",
  "still-not-rated": "stillNotRated",
};

function movementOf(from: number, to: number): Movement {
  if (from === NOT_RATED) return to === NOT_RATED ? "still-not-rated" : "newly-rated";
  if (to === NOT_RATED) return "no-longer-rated";
  return to > from ? "up" : to < from ? "down" : "same";
}

const noMovements = (): MovementCounts => ({ up: 0, down: 0, same: 0, newlyRated: 0, noLongerRated: 0, stillNotRated: 0 });

/**
 * Changes are between the shares as shown, so a reader can check them by subtraction (1/3 = 33.3
 * to 2/3 = 66.7 is +33.4), and are taken in whole tenths, so 52.6 − 47.4 is 5.2 and not
 * 5.200000000000003.
 */
function changeOf(before: Distribution, after: Distribution, movements: MovementCounts): DistributionChange {
  const items = after.items;
  const delta = (b: number, a: number) => tenthsToPercent(shareTenths(a, items) - shareTenths(b, items));
  const b = before.counts;
  const a = after.counts;
  return {
    items,
    before,
    after,
    shareChanges: [delta(b[0], a[0]), delta(b[1], a[1]), delta(b[2], a[2]), delta(b[3], a[3]), delta(b[4], a[4]), delta(b[5], a[5])],
    level3PlusChange: delta(b[3] + b[4] + b[5], a[3] + a[4] + a[5]),
    movements,
  };
}

type CommonItems = {
  catalogue: PreparedCatalogue;
  /** Position in the earlier and the later catalogue of each common item. */
  beforeIndex: number[];
  afterIndex: number[];
  notComparableBefore: string[];
  notComparableAfter: string[];
};

/** The items both versions ask, as a catalogue of their own laid out like the later version. */
function commonItems(before: PreparedCatalogue, after: PreparedCatalogue): CommonItems {
  const beforeByKey = new Map<string, number>();
  before.items.forEach((item, index) => beforeByKey.set(questionKey(item), index));

  const perSection: { id: string; number: string | null; text: string }[][] = after.sections.map(() => []);
  const beforeIndex: number[] = [];
  const afterIndex: number[] = [];
  const matchedBefore = new Set<number>();
  const notComparableAfter: string[] = [];
  after.items.forEach((item, index) => {
    const match = beforeByKey.get(questionKey(item));
    if (match === undefined) {
      notComparableAfter.push(item.id);
      return;
    }
    matchedBefore.add(match);
    beforeIndex.push(match);
    afterIndex.push(index);
    perSection[after.sectionOfItem[index]!]!.push({ id: item.id, number: item.number, text: item.text });
  });

  const catalogue: ScoringCatalogue = {
    id: after.id,
    ambitions: after.ambitions.map((ambition) => {
      const sections: ScoringSection[] = [];
      for (let s = ambition.firstSection; s < ambition.endSection; s++) {
        const items = perSection[s]!;
        if (items.length > 0) sections.push({ number: after.sections[s]!.number, title: after.sections[s]!.title, items });
      }
      return { number: ambition.number, name: ambition.name, sections };
    }),
  };
  return {
    catalogue: prepareCatalogue(catalogue),
    beforeIndex,
    afterIndex,
    notComparableBefore: before.items.filter((_, index) => !matchedBefore.has(index)).map((item) => item.id),
    notComparableAfter,
  };
}

function read(catalogue: PreparedCatalogue, levels: Levels, side: string): Int8Array {
  try {
    return readLevels(catalogue, levels, new Int8Array(catalogue.items.length));
  } catch (error) {
    if (!(error instanceof ScoringError)) throw error;
    throw new ScoringError(error.problems.map((problem) => ({ ...problem, message: `In the ${side} return: ${problem.message}` })));
  }
}

/**
 * Compares an earlier return with a later one, each checked against its own catalogue version
 * (a ScoringError names any bad key and which return it is in).
 */
export function compareReturns(before: ReturnSide, after: ReturnSide): ReturnComparison {
  const beforeCatalogue = prepareCatalogue(before.catalogue);
  const afterCatalogue = prepareCatalogue(after.catalogue);
  let beforeLevels = read(beforeCatalogue, before.levels, "earlier");
  let afterLevels = read(afterCatalogue, after.levels, "later");

  let common = afterCatalogue;
  let notComparable: ReturnComparison["notComparable"] = {
    before: { count: 0, ids: [] },
    after: { count: 0, ids: [] },
  };
  // Two catalogue objects with one id are still matched item by item rather than trusted to be
  // identical: a copy loaded from the database may differ from the built-in one.
  if (before.catalogue !== after.catalogue) {
    const shared = commonItems(beforeCatalogue, afterCatalogue);
    common = shared.catalogue;
    beforeLevels = Int8Array.from(shared.beforeIndex, (index) => beforeLevels[index]!);
    afterLevels = Int8Array.from(shared.afterIndex, (index) => afterLevels[index]!);
    notComparable = {
      before: { count: shared.notComparableBefore.length, ids: shared.notComparableBefore },
      after: { count: shared.notComparableAfter.length, ids: shared.notComparableAfter },
    };
  }

  const beforeScore = scoreItemLevels(common, beforeLevels);
  const afterScore = scoreItemLevels(common, afterLevels);

  const items: ItemChange[] = [];
  const ambitionIndex = new Map(common.ambitions.map((ambition, index) => [ambition.number, index]));
  const ambitionMovements = common.ambitions.map(noMovements);
  const sectionMovements = common.sections.map(noMovements);
  const overallMovements = noMovements();
  common.items.forEach((item, index) => {
    const from = beforeLevels[index]!;
    const to = afterLevels[index]!;
    const movement = movementOf(from, to);
    const key = MOVEMENT_KEY[movement];
    ambitionMovements[ambitionIndex.get(item.ambition)!]![key]++;
    sectionMovements[common.sectionOfItem[index]!]![key]++;
    overallMovements[key]++;
    items.push({
      id: item.id,
      number: item.number,
      ambition: item.ambition,
      section: item.section,
      from: from === NOT_RATED ? null : from,
      to: to === NOT_RATED ? null : to,
      movement,
    });
  });

  return {
    before: { catalogue: beforeCatalogue.id, band: beforeScore.band },
    after: { catalogue: afterCatalogue.id, band: afterScore.band },
    sameVersion: beforeCatalogue.id === afterCatalogue.id,
    items,
    ambitions: afterScore.ambitions.map((score, index) => ({
      ambition: score.ambition,
      ...changeOf(beforeScore.ambitions[index]!, score, ambitionMovements[index]!),
    })),
    sections: afterScore.sections.map((score, index) => ({
      section: score.section,
      ambition: score.ambition,
      ...changeOf(beforeScore.sections[index]!, score, sectionMovements[index]!),
    })),
    overall: changeOf(beforeScore.overall, afterScore.overall, overallMovements),
    notComparable,
  };
}
