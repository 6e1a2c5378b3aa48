// Completeness (how many items are rated, per ambition and overall) and the change counts that
// account for every item, on the real catalogue and on generated ones.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findBuiltinCatalogue } from "@/lib/catalogue/builtin";
import { compareReturns, completenessOf, prepareCatalogue, scoreReturn, totalMovements, type Levels, type ScoringCatalogue } from "@/lib/scoring";
import { tiny } from "./synthetic-catalogues";

const FIXTURE = fileURLToPath(new URL("../../fixtures/bnssg-2022-23.json", import.meta.url));
const bnssg = (JSON.parse(readFileSync(FIXTURE, "utf8")) as { levels: Record<string, number | null> }).levels;
const regional: ScoringCatalogue = findBuiltinCatalogue("regional-2021")!;

// The return in the issue: 17 of 75 items rated, the first 17 of BNSSG's rated items.
const seventeen: Levels = Object.fromEntries(
  Object.entries(bnssg)
    .filter(([, level]) => level !== null)
    .slice(0, 17),
);

describe("completenessOf", () => {
  it("gives BNSSG 2022/23 as 71 of 75 rated: two blanks in ambition 1 and two in ambition 4", () => {
    const completeness = completenessOf(scoreReturn(regional, bnssg));
    expect(completeness.overall).toEqual({ items: 75, rated: 71, notRated: 4, complete: false });
    expect(completeness.complete).toBe(false);
    expect(completeness.ambitions.map((a) => [a.ambition, a.rated, a.items, a.complete])).toEqual([
      [1, 17, 19, false],
      [2, 6, 6, true],
      [3, 16, 16, true],
      [4, 21, 23, false],
      [5, 7, 7, true],
      [6, 4, 4, true],
    ]);
  });

  it("gives the issue's return as 58 of 75 not yet rated, and leaves its figures as they were", () => {
    const score = scoreReturn(regional, seventeen);
    const completeness = completenessOf(score);
    expect(completeness.overall).toEqual({ items: 75, rated: 17, notRated: 58, complete: false });
    // The denominator is still every item: completeness is context, not a new arithmetic.
    expect(score.overall.items).toBe(75);
    expect(completeness.ambitions.reduce((total, a) => total + a.notRated, 0)).toBe(58);
  });

  it("calls a return complete only when every item is rated", () => {
    const all = Object.fromEntries(prepareCatalogue(regional).items.map((item) => [item.id, 3]));
    expect(completenessOf(scoreReturn(regional, all)).complete).toBe(true);
    expect(completenessOf(scoreReturn(regional, {})).overall).toEqual({ items: 75, rated: 0, notRated: 75, complete: false });
  });
});

describe("what changed counts every item", () => {
  it("counts the 54 items rated in 2022/23 and blank in the 17-item return as no longer rated", () => {
    const comparison = compareReturns({ catalogue: regional, levels: bnssg }, { catalogue: regional, levels: seventeen });
    const m = comparison.overall.movements;
    // 17 rated on both sides (same levels), 71 - 17 = 54 rated before only, the 4 blanks blank on both.
    expect(m).toEqual({ up: 0, down: 0, same: 17, newlyRated: 0, noLongerRated: 54, stillNotRated: 4 });
    expect(totalMovements(m)).toBe(75);
  });

  it("accounts for every compared item, per ambition and overall, whatever the levels", () => {
    const ids = prepareCatalogue(tiny).items.map((item) => item.id);
    const entry = fc.oneof(fc.integer({ min: 0, max: 5 }), fc.constant(null));
    const side = fc.array(entry, { minLength: ids.length, maxLength: ids.length }).map((values) => Object.fromEntries(ids.map((id, i) => [id, values[i]])) as Levels);
    fc.assert(
      fc.property(side, side, (before, after) => {
        const comparison = compareReturns({ catalogue: tiny, levels: before }, { catalogue: tiny, levels: after });
        expect(totalMovements(comparison.overall.movements)).toBe(ids.length);
        for (const ambition of comparison.ambitions) expect(totalMovements(ambition.movements)).toBe(ambition.items);
        const ratedBefore = ids.filter((id) => before[id] !== null);
        const noLonger = ratedBefore.filter((id) => after[id] === null).length;
        expect(comparison.overall.movements.noLongerRated).toBe(noLonger);
        expect(comparison.overall.movements.newlyRated).toBe(ids.filter((id) => before[id] === null && after[id] !== null).length);
        // Rated now = rated before - no longer rated + newly rated: the completeness of each side.
        expect(completenessOf(scoreReturn(tiny, after)).overall.rated).toBe(
          ratedBefore.length - noLonger + comparison.overall.movements.newlyRated,
        );
      }),
    );
  });
});
