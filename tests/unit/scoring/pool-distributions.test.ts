import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { poolDistributions, scoreReturn, type Distribution } from "@/lib/scoring";
import { oneSection } from "./synthetic-catalogues";

function distribution(counts: number[], items: number): Distribution {
  return scoreReturn(oneSection(items), levelsFor(counts)).overall;
}

/** Levels for a one-section catalogue: counts[k] items at level k, the rest not rated. */
function levelsFor(counts: number[]): Record<string, number> {
  const levels: Record<string, number> = {};
  let index = 1;
  counts.forEach((count, level) => {
    for (let i = 0; i < count; i++) levels[`1.1.${index++}`] = level;
  });
  return levels;
}

describe("poolDistributions", () => {
  it("adds counts and recomputes shares over all the items, never averaging per cents", () => {
    // 1 of 3 at level 3 (33.3%) and 3 of 4 at level 3 (75.0%): together 4 of 7, 57.1%,
    // where the average of the two rounded shares would say 54.2%.
    const pooled = poolDistributions([distribution([2, 0, 0, 1], 3), distribution([1, 0, 0, 3], 4)]);
    expect(pooled).toMatchObject({ items: 7, notRated: 0, counts: [3, 0, 0, 4, 0, 0], level3Plus: 57.1, pooled: 2 });
    expect(pooled.shares).toEqual([42.9, 0, 0, 57.1, 0, 0]);
    expect(pooled.band).toBe("mostly level 3");
  });

  it("keeps not-rated items in the denominator, as one return's shares do", () => {
    const pooled = poolDistributions([distribution([0, 0, 0, 2], 4), distribution([], 4)]);
    expect(pooled).toMatchObject({ items: 8, notRated: 6, level3Plus: 25, band: "mostly level 3" });
  });

  it("pools nothing into an empty distribution with no band", () => {
    expect(poolDistributions([])).toEqual({
      items: 0,
      notRated: 0,
      counts: [0, 0, 0, 0, 0, 0],
      shares: [0, 0, 0, 0, 0, 0],
      level3Plus: 0,
      pooled: 0,
      band: null,
    });
  });

  it("gives back one return's own figures, and the same shares for copies of one return", () => {
    const counts = fc.array(fc.integer({ min: 0, max: 6 }), { minLength: 6, maxLength: 6 });
    fc.assert(
      fc.property(counts, fc.integer({ min: 0, max: 5 }), fc.integer({ min: 1, max: 5 }), (perLevel, blank, copies) => {
        const items = perLevel.reduce((sum, count) => sum + count, 0) + blank;
        if (items === 0) return;
        const one = distribution(perLevel, items);
        const { pooled: _pooled, band: _band, ...alone } = poolDistributions([one]);
        expect(alone).toEqual(one);
        const many = poolDistributions(Array.from({ length: copies }, () => one));
        expect(many.shares).toEqual(one.shares);
        expect(many.level3Plus).toBe(one.level3Plus);
        expect(many.items).toBe(one.items * copies);
      }),
    );
  });
});
