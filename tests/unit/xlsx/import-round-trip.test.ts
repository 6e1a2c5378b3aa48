import { describe, expect, it } from "vitest";
import { findBuiltinCatalogue } from "@/lib/catalogue/builtin";
import { buildReturnWorkbook, blankTemplateInput } from "@/lib/xlsx/build-return-workbook";
import { inspectXlsxArchive } from "@/lib/xlsx/inspect-xlsx-archive";
import { readReturnWorkbook } from "@/lib/xlsx/read-return-workbook";
import { BNSSG_LEVELS, CATALOGUE, HEADER, ITEM_KEYS, inputOf } from "./return-workbook-inputs";

const catalogue = findBuiltinCatalogue("regional-2021")!;

/** 10,000 characters of Unicode with line breaks (LF, CRLF, CR), emoji and right-to-left text. */
function longText(seed: string): string {
  const piece = `${seed} Évaluation – 終末期ケア 🕊️ مرحبا\nline two\r\nthree\rfour\ttabbed _x000D_ literal `;
  return piece.repeat(Math.ceil(10_000 / piece.length)).slice(0, 10_000);
}

describe("export → import round trip", () => {
  it("gives back identical levels, evidence, gaps and header fields, including long Unicode text and text starting with =", async () => {
    const texts = (key: string) =>
      key === "1.1.2"
        ? { evidence: longText("evidence"), gaps: longText("gaps") }
        : key === "2.1.1"
          ? { evidence: "=SUM(A1:A3)", gaps: "+44 117 and -5 and @mention" }
          : { evidence: `Evidence for ${key}`, gaps: key.startsWith("4.1.2/") ? "" : `Gaps for ${key}\nsecond line` };
    const input = inputOf(BNSSG_LEVELS, texts);
    const bytes = await buildReturnWorkbook(input);
    expect(() => inspectXlsxArchive(bytes, "export.xlsx")).not.toThrow();
    const read = await readReturnWorkbook(bytes, "export.xlsx", catalogue);

    expect(read.problems).toEqual([]);
    expect(read.answers.map((answer) => answer.key).sort()).toEqual([...ITEM_KEYS].sort());
    for (const answer of read.answers) {
      const expected = input.answers.get(answer.key);
      expect({ key: answer.key, level: answer.level, evidence: answer.evidence, gaps: answer.gaps }).toEqual({
        key: answer.key,
        level: expected?.level ?? null,
        evidence: expected?.evidence ?? "",
        gaps: expected?.gaps ?? "",
      });
    }
    expect(read.details).toEqual({
      completedBy: HEADER.completedBy,
      versionNote: HEADER.versionNote,
      completionDate: "2023-03-01",
      livedExperience: HEADER.livedExperience,
    });
    expect(read.organisationName).toBe(HEADER.organisation);
  });

  it("reads a blank template as every item not rated, with no problems", async () => {
    const read = await readReturnWorkbook(await buildReturnWorkbook(blankTemplateInput(CATALOGUE)), "template.xlsx", catalogue);
    expect(read.problems).toEqual([]);
    expect(read.answers).toHaveLength(ITEM_KEYS.length);
    expect(read.answers.every((answer) => answer.level === null && answer.evidence === "" && answer.gaps === "")).toBe(true);
    expect(read.details).toEqual({ completedBy: "", versionNote: "", completionDate: null, livedExperience: "" });
  });
});
