import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { roundedShare, shareTenths } from "@/lib/scoring";

/** round-half-up(1000·part/whole) by exact integer arithmetic on BigInts, as a reference. */
function referenceTenths(part: number, whole: number): number {
  const numerator = 2000n * BigInt(part) + BigInt(whole);
  return Number(numerator / (2n * BigInt(whole)));
}

describe("shareTenths / roundedShare", () => {
  it.each([
    [1, 8, 12.5],
    [2, 3, 66.7],
    [1, 3, 33.3],
    [1, 6, 16.7],
    [5, 6, 83.3],
    [1, 7, 14.3],
    [15, 23, 65.2],
    [6, 23, 26.1],
    [1, 19, 5.3],
    [10, 19, 52.6],
    [0, 19, 0],
    [19, 19, 100],
  ])("%i of %i is %d%%", (part, whole, expected) => {
    expect(roundedShare(part, whole)).toBe(expected);
  });

  it.each([
    // x.x5 exactly: half up, never to even and never down by float error.
    [1, 16, 6.3], // 6.25
    [3, 16, 18.8], // 18.75
    [1, 80, 1.3], // 1.25
    [1, 400, 0.3], // 0.25
    [23, 2000, 1.2], // 1.15
    [29, 2000, 1.5], // 1.45; 29/2000*100 is 1.4500000000000002 in floating point
    [201, 400, 50.3], // 50.25; Math.round(201/400*1000) gives 502
    [203, 400, 50.8], // 50.75; Math.round(203/400*1000) gives 507
  ])("%i of %i rounds its half up to %d%%", (part, whole, expected) => {
    expect(roundedShare(part, whole)).toBe(expected);
  });

  it("gives 0 for a group of no items instead of dividing by zero", () => {
    expect(shareTenths(0, 0)).toBe(0);
    expect(roundedShare(0, 0)).toBe(0);
  });

  it("is the same literal as the decimal written down (52.6, not 52.599999…)", () => {
    expect(roundedShare(10, 19)).toBe(Number("52.6"));
    expect(String(roundedShare(10, 19))).toBe("52.6");
  });

  it("agrees with exact rational arithmetic for every part of every group up to 2,000 items", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2000 }).chain((whole) => fc.tuple(fc.integer({ min: 0, max: whole }), fc.constant(whole))),
        ([part, whole]) => {
          const tenths = shareTenths(part, whole);
          expect(tenths).toBe(referenceTenths(part, whole));
          // The defining inequality of round half up: tenths − ½ ≤ 1000·part/whole < tenths + ½.
          expect(2000 * part).toBeGreaterThanOrEqual((2 * tenths - 1) * whole);
          expect(2000 * part).toBeLessThan((2 * tenths + 1) * whole);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("agrees with the reference exhaustively for groups of up to 100 items", () => {
    for (let whole = 1; whole <= 100; whole++) {
      for (let part = 0; part <= whole; part++) {
        if (shareTenths(part, whole) !== referenceTenths(part, whole)) {
          throw new Error(`${part}/${whole}: ${shareTenths(part, whole)} ≠ ${referenceTenths(part, whole)}`);
        }
      }
    }
  });
});
