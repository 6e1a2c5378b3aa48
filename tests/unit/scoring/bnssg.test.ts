import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { findBuiltinCatalogue } from "@/lib/catalogue/builtin";
import { scoreReturn, type Levels, type ScoringCatalogue } from "@/lib/scoring";

// The BNSSG 2022/23 return (seed 001) in the `score` interchange format, with the summary its
// ICB published: per ambition the % at levels 0..5 then the % at level 3 and above.
const FIXTURE = fileURLToPath(new URL("../../fixtures/bnssg-2022-23.json", import.meta.url));

type Fixture = {
  catalogue: string;
  levels: Levels;
  expected: { ambitions: Record<string, number[]>; band: string };
};

const fixture = JSON.parse(readFileSync(FIXTURE, "utf8")) as Fixture;

function catalogue(): ScoringCatalogue {
  const found = findBuiltinCatalogue(fixture.catalogue);
  if (!found) throw new Error(`no built-in catalogue ${fixture.catalogue}`);
  // The validated catalogue type is what the scorer reads: this assignment is the check.
  const scoring: ScoringCatalogue = found;
  return scoring;
}

describe("BNSSG 2022/23 against regional-2021", () => {
  it("reproduces the published front sheet to the decimal", () => {
    const score = scoreReturn(catalogue(), fixture.levels);
    const published = Object.entries(fixture.expected.ambitions).map(([ambition, row]) => ({
      ambition: Number(ambition),
      row,
    }));
    expect(published).toHaveLength(6);
    expect(score.ambitions.map((ambition) => ({ ambition: ambition.ambition, row: [...ambition.shares, ambition.level3Plus] }))).toEqual(
      published,
    );
  });

  it("scores every ambition out of all its items, blank ones included", () => {
    const score = scoreReturn(catalogue(), fixture.levels);
    expect(score.ambitions.map((ambition) => ambition.items)).toEqual([19, 6, 16, 23, 7, 4]);
    expect(score.ambitions.map((ambition) => ambition.notRated)).toEqual([2, 0, 0, 2, 0, 0]);
    expect(score.ambitions[3]).toMatchObject({ counts: [0, 0, 6, 9, 5, 1], level3Plus: 65.2 });
    expect(score.overall).toEqual({
      items: 75,
      notRated: 4,
      counts: [3, 5, 19, 29, 12, 3],
      shares: [4, 6.7, 25.3, 38.7, 16, 4],
      level3Plus: 58.7,
    });
  });

  it(`places BNSSG in the band it answered to the FOI: ${fixture.expected.band}`, () => {
    expect(fixture.expected.band).toBe("mostly level 3");
    expect(scoreReturn(catalogue(), fixture.levels).band).toBe(fixture.expected.band);
  });

  it("adds the sections of each ambition up to the ambition", () => {
    const score = scoreReturn(catalogue(), fixture.levels);
    for (const ambition of score.ambitions) {
      const sections = score.sections.filter((section) => section.ambition === ambition.ambition);
      expect(sections.reduce((sum, section) => sum + section.items, 0)).toBe(ambition.items);
      for (let level = 0; level < 6; level++) {
        expect(sections.reduce((sum, section) => sum + section.counts[level]!, 0)).toBe(ambition.counts[level]);
      }
    }
  });
});
