import { describe, expect, it } from "vitest";
import { ScoringError, prepareCatalogue, scoreReturn, type Levels } from "@/lib/scoring";
import { oneSection, tiny } from "./synthetic-catalogues";

function scoringError(run: () => unknown): ScoringError {
  try {
    run();
  } catch (error) {
    if (error instanceof ScoringError) return error;
    throw error;
  }
  throw new Error("expected a ScoringError");
}

describe("scoreReturn: bad levels", () => {
  it("names an unknown item id", () => {
    const error = scoringError(() => scoreReturn(tiny, { "1.1.2": 3, "9.9.9": 2 }));
    expect(error.code).toBe("UNKNOWN_ITEM");
    expect(error.key).toBe("9.9.9");
    expect(error.message).toContain('"9.9.9"');
    expect(error.message).toContain("tiny-1");
  });

  it("rejects an unknown id even when it is not rated", () => {
    expect(scoringError(() => scoreReturn(tiny, { "1.1.9": null })).key).toBe("1.1.9");
  });

  it.each([[6], [-1], [2.5], [Number.NaN], [Number.POSITIVE_INFINITY]])("names the key of level %d", (level) => {
    const error = scoringError(() => scoreReturn(tiny, { "1.1.4": level }));
    expect(error.code).toBe("INVALID_LEVEL");
    expect(error.key).toBe("1.1.4");
    expect(error.message).toContain('"1.1.4"');
    expect(error.message).toContain(String(level));
  });

  it("rejects a level that is not a number at all (a return read from a file)", () => {
    const levels = { "1.1.4": "3" } as unknown as Levels;
    const error = scoringError(() => scoreReturn(tiny, levels));
    expect(error).toMatchObject({ code: "INVALID_LEVEL", key: "1.1.4" });
    expect(error.message).toContain('level "3"');
  });

  it("rejects a level given to a stem, and accepts a stem left blank", () => {
    const error = scoringError(() => scoreReturn(tiny, { "1.1.1": 3 }));
    expect(error).toMatchObject({ code: "STEM_RATED", key: "1.1.1" });
    expect(error.message).toContain("stem");
    expect(scoreReturn(tiny, { "1.1.1": null }).overall.notRated).toBe(22);
  });

  it("collects every problem, first one in key order as code and key", () => {
    const error = scoringError(() => scoreReturn(tiny, { "1.1.2": 9, "1.1.4": 3, "1.2.1/c": 1, "1.1.1": 0 }));
    expect(error).toMatchObject({ code: "INVALID_LEVEL", key: "1.1.2" });
    expect(error.problems.map((problem) => [problem.code, problem.key])).toEqual([
      ["INVALID_LEVEL", "1.1.2"],
      ["UNKNOWN_ITEM", "1.2.1/c"],
      ["STEM_RATED", "1.1.1"],
    ]);
    expect(error.message).not.toContain("\n");
    for (const key of ["1.1.2", "1.2.1/c", "1.1.1"]) expect(error.message).toContain(key);
  });

  it("keeps its message to one line of the first five problems", () => {
    const levels = Object.fromEntries(Array.from({ length: 8 }, (_, i) => [`2.1.${i + 1}`, 7]));
    const error = scoringError(() => scoreReturn(tiny, levels));
    expect(error.problems).toHaveLength(8);
    expect(error.message).toContain('"2.1.5"');
    expect(error.message).not.toContain('"2.1.6"');
    expect(error.message).toContain("and 3 more problems");
  });

  it("is not confused by keys that exist on every object's prototype", () => {
    const levels = JSON.parse('{"__proto__": 3, "constructor": 1}') as Levels;
    const error = scoringError(() => scoreReturn(tiny, levels));
    expect(error.problems.map((problem) => problem.key)).toEqual(["__proto__", "constructor"]);
  });
});

describe("scoreReturn: counts and shares", () => {
  it("treats missing, null and undefined alike as not rated, and still counts them", () => {
    const score = scoreReturn(tiny, { "1.1.2": 3, "1.1.3": null, "1.1.4": undefined });
    const first = score.ambitions[0]!;
    expect(first).toEqual({
      ambition: 1,
      items: 5,
      notRated: 4,
      counts: [0, 0, 0, 1, 0, 0],
      shares: [0, 0, 0, 20, 0, 0],
      level3Plus: 20,
    });
  });

  it("reports ambitions in catalogue order with their fields in the documented order", () => {
    const score = scoreReturn(tiny, {});
    expect(score.ambitions.map((ambition) => ambition.ambition)).toEqual([1, 2, 3, 4]);
    expect(Object.keys(score.ambitions[0]!)).toEqual(["ambition", "items", "notRated", "counts", "shares", "level3Plus"]);
    expect(Object.keys(score)).toEqual(["catalogue", "ambitions", "overall", "band", "sections"]);
    expect(score.catalogue).toBe("tiny-1");
  });

  it("rates unnumbered children by their ids and never counts a stem", () => {
    const score = scoreReturn(tiny, { "1.2.1/a": 5, "1.2.1/b": 4 });
    expect(score.sections.find((section) => section.section === "1.2")).toEqual({
      section: "1.2",
      ambition: 1,
      items: 2,
      notRated: 0,
      counts: [0, 0, 0, 0, 1, 1],
      shares: [0, 0, 0, 0, 50, 50],
      level3Plus: 100,
    });
    expect(score.sections.find((section) => section.section === "1.1")!.items).toBe(3);
  });

  it("gives 1/8 = 12.5, 2/3 = 66.7 and 1/6 = 16.7", () => {
    const score = scoreReturn(tiny, { "2.1.1": 1, "3.1.1": 2, "3.1.2": 2, "3.2.1": 4 });
    expect(score.ambitions[1]!.shares).toEqual([0, 12.5, 0, 0, 0, 0]);
    const [thirds, sixths] = score.sections.filter((section) => section.ambition === 3);
    expect(thirds!.shares).toEqual([0, 0, 66.7, 0, 0, 0]);
    expect(sixths!.shares).toEqual([0, 0, 0, 0, 16.7, 0]);
    expect(sixths!.level3Plus).toBe(16.7);
    expect(score.ambitions[2]!).toMatchObject({ items: 9, notRated: 6, shares: [0, 0, 22.2, 0, 11.1, 0], level3Plus: 11.1 });
  });

  it("computes level 3 and above from the counts, not by adding rounded shares", () => {
    // Ambition 4 of BNSSG: 9, 5 and 1 of 23 at levels 3, 4 and 5 → 39.1 + 21.7 + 4.3 = 65.1, but 15/23 = 65.2.
    const levels: Levels = Object.fromEntries(
      Array.from({ length: 23 }, (_, i) => [`1.1.${i + 1}`, i < 9 ? 3 : i < 14 ? 4 : i < 15 ? 5 : i < 21 ? 2 : null]),
    );
    const ambition = scoreReturn(oneSection(23), levels).ambitions[0]!;
    expect(ambition.shares).toEqual([0, 0, 26.1, 39.1, 21.7, 4.3]);
    expect(ambition.level3Plus).toBe(65.2);
    expect(ambition.notRated).toBe(2);
  });

  it("rounds each x.x5 share half up", () => {
    const levels: Levels = Object.fromEntries(Array.from({ length: 16 }, (_, i) => [`1.1.${i + 1}`, i < 1 ? 0 : i < 4 ? 1 : null]));
    expect(scoreReturn(oneSection(16), levels).ambitions[0]!.shares).toEqual([6.3, 18.8, 0, 0, 0, 0]);
  });

  it("gives an ambition with no items zeros, not NaN", () => {
    const empty = scoreReturn(tiny, {}).ambitions[3]!;
    expect(empty).toEqual({ ambition: 4, items: 0, notRated: 0, counts: [0, 0, 0, 0, 0, 0], shares: [0, 0, 0, 0, 0, 0], level3Plus: 0 });
  });

  it("scores the whole catalogue overall and gives no band when nothing is rated", () => {
    const blank = scoreReturn(tiny, {});
    expect(blank.overall).toMatchObject({ items: 22, notRated: 22, level3Plus: 0 });
    expect(blank.band).toBeNull();
    const rated = scoreReturn(tiny, { "1.1.2": 3, "1.1.3": 3, "2.1.1": 0 });
    expect(rated.overall).toMatchObject({ items: 22, notRated: 19, counts: [1, 0, 0, 2, 0, 0], level3Plus: 9.1 });
    expect(rated.band).toBe("mostly level 3");
  });

  it("returns results that a later call does not change", () => {
    const first = scoreReturn(tiny, { "2.1.1": 5 });
    const snapshot = structuredClone(first);
    scoreReturn(tiny, { "2.1.1": 0, "2.1.2": 0 });
    expect(first).toEqual(snapshot);
  });

  it("prepares each catalogue once", () => {
    expect(prepareCatalogue(tiny)).toBe(prepareCatalogue(tiny));
    expect(prepareCatalogue(tiny).items.map((item) => item.id).slice(0, 5)).toEqual(["1.1.2", "1.1.3", "1.1.4", "1.2.1/a", "1.2.1/b"]);
  });

  it("refuses a hand-built catalogue with duplicate or missing ids", () => {
    const duplicate = oneSection(2, "dup");
    const section = duplicate.ambitions[0]!.sections[0]!;
    const broken = { ...duplicate, ambitions: [{ ...duplicate.ambitions[0]!, sections: [{ ...section, items: [...section.items, { number: "1.1.1", text: "again" }] }] }] };
    expect(() => scoreReturn(broken, {})).toThrow(/duplicate item id 1\.1\.1/);
    const anonymous = { ...duplicate, ambitions: [{ ...duplicate.ambitions[0]!, sections: [{ ...section, items: [{ text: "no id" }] }] }] };
    expect(() => scoreReturn(anonymous, {})).toThrow(/no id or number/);
  });
});
