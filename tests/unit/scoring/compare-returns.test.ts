import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { findBuiltinCatalogue } from "@/lib/catalogue/builtin";
import { ScoringError, compareReturns, scoreReturn, type Levels, type ScoringCatalogue } from "@/lib/scoring";
import { oneSection, tiny } from "./synthetic-catalogues";

describe("compareReturns within one catalogue version", () => {
  const before: Levels = { "1.1.2": 2, "1.1.3": 3, "1.1.4": 4, "1.2.1/a": null, "2.1.1": 1 };
  const after: Levels = { "1.1.2": 3, "1.1.3": 3, "1.1.4": 1, "1.2.1/a": 5, "2.1.1": null };
  const comparison = compareReturns({ catalogue: tiny, levels: before }, { catalogue: tiny, levels: after });

  it("gives each item's movement with its levels before and after", () => {
    expect(comparison.sameVersion).toBe(true);
    const byId = new Map(comparison.items.map((item) => [item.id, item]));
    expect(byId.get("1.1.2")).toEqual({ id: "1.1.2", number: "1.1.2", ambition: 1, section: "1.1", from: 2, to: 3, movement: "up" });
    expect(byId.get("1.1.3")).toMatchObject({ from: 3, to: 3, movement: "same" });
    expect(byId.get("1.1.4")).toMatchObject({ from: 4, to: 1, movement: "down" });
    expect(byId.get("1.2.1/a")).toMatchObject({ number: null, from: null, to: 5, movement: "newly-rated" });
    expect(byId.get("2.1.1")).toMatchObject({ from: 1, to: null, movement: "no-longer-rated" });
    expect(byId.get("1.2.1/b")).toMatchObject({ from: null, to: null, movement: "still-not-rated" });
    expect(comparison.items).toHaveLength(22);
  });

  it("counts movements per ambition and overall", () => {
    expect(comparison.ambitions[0]!.movements).toEqual({ up: 1, down: 1, same: 1, newlyRated: 1, noLongerRated: 0, stillNotRated: 1 });
    expect(comparison.ambitions[1]!.movements).toMatchObject({ noLongerRated: 1, stillNotRated: 7 });
    expect(comparison.overall.movements).toEqual({ up: 1, down: 1, same: 1, newlyRated: 1, noLongerRated: 1, stillNotRated: 17 });
    expect(comparison.notComparable).toEqual({ before: { count: 0, ids: [] }, after: { count: 0, ids: [] } });
  });

  it("gives the change in each share and in level 3 and above, exact to the tenth", () => {
    const first = comparison.ambitions[0]!;
    expect(first.before.shares).toEqual([0, 0, 20, 20, 20, 0]);
    expect(first.after.shares).toEqual([0, 20, 0, 40, 0, 20]);
    expect(first.shareChanges).toEqual([0, 20, -20, 20, -20, 20]);
    expect(first.level3PlusChange).toBe(20);
    expect(comparison.ambitions[1]!.shareChanges).toEqual([0, -12.5, 0, 0, 0, 0]);
    expect(comparison.before.band).toBe("between levels 0 and 2");
    expect(comparison.after.band).toBe("mostly level 3");
  });

  it("has no floating-point noise in differences", () => {
    // 10/19 → 52.6 and 9/19 → 47.4: 52.6 − 47.4 is 5.200000000000003 in floating point.
    const catalogue = oneSection(19);
    const at = (count: number) => Object.fromEntries(Array.from({ length: count }, (_, i) => [`1.1.${i + 1}`, 3]));
    const result = compareReturns({ catalogue, levels: at(9) }, { catalogue, levels: at(10) });
    expect(result.ambitions[0]!.before.shares[3]).toBe(47.4);
    expect(result.ambitions[0]!.after.shares[3]).toBe(52.6);
    expect(result.ambitions[0]!.shareChanges[3]).toBe(5.3 - 0.1);
    expect(String(result.ambitions[0]!.shareChanges[3])).toBe("5.2");
    expect(String(result.ambitions[0]!.level3PlusChange)).toBe("5.2");
  });

  it("scores each side exactly as scoreReturn does", () => {
    expect(comparison.ambitions.map((ambition) => ({ ambition: ambition.ambition, ...ambition.after }))).toEqual(
      scoreReturn(tiny, after).ambitions,
    );
    expect(comparison.overall.before).toEqual(scoreReturn(tiny, before).overall);
  });

  it("names the bad key and which return it is in", () => {
    let caught: unknown;
    try {
      compareReturns({ catalogue: tiny, levels: before }, { catalogue: tiny, levels: { "1.1.4": 8 } });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ScoringError);
    expect(caught).toMatchObject({ code: "INVALID_LEVEL", key: "1.1.4" });
    expect((caught as Error).message).toMatch(/^In the later return: "1\.1\.4" has level 8/);
  });
});

describe("compareReturns across catalogue versions", () => {
  // tiny-2: 1.1.3 reworded, 1.1.4 dropped, 1.1.5 added, the stem of 1.2.1/b rewording nothing
  // but white space, 2.1.8 moved under a reworded stem, and all of ambition 3 gone.
  const next: ScoringCatalogue = {
    id: "tiny-2",
    ambitions: [
      {
        number: 1,
        name: "First",
        sections: [
          {
            number: "1.1",
            title: "Stems",
            items: [
              {
                stem: true,
                number: "1.1.1",
                text: "The locality does this for:",
                children: [
                  { number: "1.1.2", text: "Children and Young People" },
                  { number: "1.1.3", text: "Adults (18 and over)" },
                ],
              },
              { number: "1.1.5", text: "A new item" },
            ],
          },
          {
            number: "1.2",
            title: "Services",
            items: [
              {
                stem: true,
                text: "Information  is shared\nwith:",
                children: [
                  { id: "1.2.1/a", text: "Service A" },
                  { id: "1.2.1/b", text: "Service B" },
                ],
              },
            ],
          },
        ],
      },
      {
        number: 2,
        name: "Eighths",
        sections: [
          {
            number: "2.1",
            title: "Eight",
            items: [
              ...Array.from({ length: 7 }, (_, i) => ({ number: `2.1.${i + 1}`, text: `Item 2.1.${i + 1}` })),
              { stem: true as const, text: "Now under a stem:", children: [{ number: "2.1.8", text: "Item 2.1.8" }] },
            ],
          },
        ],
      },
    ],
  };

  const before: Levels = { "1.1.2": 1, "1.1.3": 2, "1.1.4": 3, "1.2.1/a": 2, "1.2.1/b": 0, "2.1.1": 4, "2.1.8": 5, "3.1.1": 3 };
  const after: Levels = { "1.1.2": 2, "1.1.3": 4, "1.1.5": 3, "1.2.1/a": 2, "1.2.1/b": 1, "2.1.1": 4, "2.1.8": 5 };
  const comparison = compareReturns({ catalogue: tiny, levels: before }, { catalogue: next, levels: after });

  it("compares only items with the same number and wording, stem included", () => {
    expect(comparison.sameVersion).toBe(false);
    expect(comparison.before.catalogue).toBe("tiny-1");
    expect(comparison.after.catalogue).toBe("tiny-2");
    expect(comparison.items.map((item) => item.id)).toEqual([
      "1.1.2",
      "1.2.1/a",
      "1.2.1/b",
      ...["2.1.1", "2.1.2", "2.1.3", "2.1.4", "2.1.5", "2.1.6", "2.1.7"],
    ]);
    expect(comparison.items[0]).toMatchObject({ from: 1, to: 2, movement: "up" });
    expect(comparison.items[2]).toMatchObject({ from: 0, to: 1, movement: "up" });
  });

  it("reports how many items of each side could not be compared, and which", () => {
    expect(comparison.notComparable.before.count).toBe(12);
    expect(comparison.notComparable.before.ids).toEqual([
      "1.1.3",
      "1.1.4",
      "2.1.8",
      ...["3.1.1", "3.1.2", "3.1.3", "3.2.1", "3.2.2", "3.2.3", "3.2.4", "3.2.5", "3.2.6"],
    ]);
    expect(comparison.notComparable.after).toEqual({ count: 3, ids: ["1.1.3", "1.1.5", "2.1.8"] });
  });

  it("measures both sides against the compared items only", () => {
    const [first, second] = comparison.ambitions;
    expect(comparison.ambitions).toHaveLength(2);
    expect(first).toMatchObject({ ambition: 1, items: 3 });
    expect(first!.before.counts).toEqual([1, 1, 1, 0, 0, 0]);
    expect(first!.after.counts).toEqual([0, 1, 2, 0, 0, 0]);
    // The change between the shares as shown: 1/3 = 33.3 to 2/3 = 66.7 is +33.4.
    expect(first!.shareChanges).toEqual([-33.3, 0, 33.4, 0, 0, 0]);
    expect(second).toMatchObject({ ambition: 2, items: 7 });
    expect(second!.before.shares[4]).toBe(14.3);
    expect(comparison.overall.items).toBe(10);
  });

  it("checks each return against its own version", () => {
    expect(() => compareReturns({ catalogue: tiny, levels: { "1.1.5": 3 } }, { catalogue: next, levels: after })).toThrow(
      /In the earlier return: "1\.1\.5" is not an item of catalogue tiny-1/,
    );
  });

  it("compares a copy of a catalogue with the same version in full", () => {
    const copy = structuredClone(tiny);
    const result = compareReturns({ catalogue: tiny, levels: before }, { catalogue: copy, levels: before });
    expect(result.sameVersion).toBe(true);
    expect(result.items).toHaveLength(22);
    expect(result.notComparable.before.count).toBe(0);
    expect(result.overall.movements.same).toBe(8);
  });
});

describe("compareReturns on the BNSSG return", () => {
  const fixture = JSON.parse(
    readFileSync(fileURLToPath(new URL("../../fixtures/bnssg-2022-23.json", import.meta.url)), "utf8"),
  ) as { levels: Levels };
  const catalogue = findBuiltinCatalogue("regional-2021")!;

  it("finds nothing changed between a return and itself", () => {
    const result = compareReturns({ catalogue, levels: fixture.levels }, { catalogue, levels: fixture.levels });
    expect(result.overall.movements).toEqual({ up: 0, down: 0, same: 71, newlyRated: 0, noLongerRated: 0, stillNotRated: 4 });
    expect(result.ambitions.every((ambition) => ambition.shareChanges.every((change) => change === 0))).toBe(true);
  });

  it("shows a refresh that rates the two blank ambition 4 items at level 3", () => {
    const refreshed = { ...fixture.levels, "4.4.1": 3, "4.4.4": 3 };
    const result = compareReturns({ catalogue, levels: fixture.levels }, { catalogue, levels: refreshed });
    const fourth = result.ambitions[3]!;
    expect(fourth.movements.newlyRated).toBe(2);
    expect(fourth.before.level3Plus).toBe(65.2);
    expect(fourth.after.level3Plus).toBe(73.9); // 17/23
    expect(fourth.level3PlusChange).toBe(8.7);
    expect(fourth.shareChanges).toEqual([0, 0, 0, 8.7, 0, 0]);
  });
});
