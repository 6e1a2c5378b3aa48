// How much of a return is rated. Every share is out of every item, rated or not (the regional
// tool's arithmetic, which this does not change), so a return with 17 of 75 items rated reads as
// a poor one unless its reader is told how many items were simply not rated. This is that
// context, per ambition and overall, from the same score the figures come from.
import type { MovementCounts } from "./compare-returns";
import type { Distribution, ReturnScore } from "./types";

export type GroupCompleteness = {
  /** Every item of the group. */
  items: number;
  rated: number;
  notRated: number;
  complete: boolean;
};

export type AmbitionCompleteness = { ambition: number } & GroupCompleteness;

export type Completeness = {
  ambitions: AmbitionCompleteness[];
  overall: GroupCompleteness;
  /** Every item of every ambition is rated. */
  complete: boolean;
};

function ofGroup(distribution: Distribution): GroupCompleteness {
  const rated = distribution.items - distribution.notRated;
  return { items: distribution.items, rated, notRated: distribution.notRated, complete: distribution.notRated === 0 };
}

export function completenessOf(score: Pick<ReturnScore, "ambitions" | "overall">): Completeness {
  const overall = ofGroup(score.overall);
  return {
    ambitions: score.ambitions.map((ambition) => ({ ambition: ambition.ambition, ...ofGroup(ambition) })),
    overall,
    complete: overall.complete,
  };
}

/** Movements that account for every compared item: the five a board reads, and those never rated. */
export function totalMovements(movements: MovementCounts): number {
  return movements.up + movements.down + movements.same + movements.newlyRated + movements.noLongerRated + movements.stillNotRated;
}
