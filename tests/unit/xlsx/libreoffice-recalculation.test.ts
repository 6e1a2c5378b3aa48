// A spreadsheet program's own recalculation of the exported workbook gives the scoring
// library's summary: for the BNSSG return as exported, and for random returns whose levels were
// changed in the workbook after export (so the cached values are stale and only a real
// recalculation can get the figures right: the workbook keeps adding up when a region edits it).
import ExcelJS from "exceljs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findBuiltinCatalogue } from "@/lib/catalogue/builtin";
import { scoreReturn, type Distribution } from "@/lib/scoring";
import { buildReturnWorkbook } from "@/lib/xlsx/build-return-workbook";
import { COLUMNS, FIRST_BODY_ROW, ambitionRows, ambitionSheetName, frontSheetRows, levelLabel } from "@/lib/xlsx/regional-layout";
import { recalculateSheets } from "./recalculate-with-libreoffice";
import { BNSSG_LEVELS, CATALOGUE, inputOf, levelsArbitrary } from "./return-workbook-inputs";

const catalogue = findBuiltinCatalogue("regional-2021")!;
const rows = frontSheetRows(6);

function expectedRow(group: Distribution): number[] {
  return [...group.shares, group.level3Plus, group.notRated, group.items];
}

/** The summary table as Calc computed it: per ambition then overall, shares, 3+, not rated, items. */
function summary(csv: string[][]): number[][] {
  return [0, 1, 2, 3, 4, 5, 6].map((index) => csv[rows.summaryHeader + index]!.slice(1, 10).map(Number));
}

/** Sets every item's Current Status in an exported workbook to `levels`, keeping the stale cached summary. */
async function relevel(bytes: Buffer, levels: Record<string, number | null>): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  for (const ambition of CATALOGUE.ambitions) {
    const sheet = workbook.getWorksheet(ambitionSheetName(ambition.number))!;
    ambitionRows(ambition).forEach((entry, index) => {
      if (entry.kind !== "item") return;
      const level = levels[entry.key];
      sheet.getRow(FIRST_BODY_ROW + index).getCell(COLUMNS.level).value = level === null || level === undefined ? null : levelLabel(level);
    });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe("LibreOffice's recalculation of an exported workbook", () => {
  it("equals the scoring library for the BNSSG return and for random returns edited after export", { timeout: 240_000 }, async () => {
    const random = fc.sample(fc.tuple(levelsArbitrary, levelsArbitrary), { numRuns: 6, seed: 2026 });
    const workbooks = [
      await buildReturnWorkbook(inputOf(BNSSG_LEVELS)),
      ...(await Promise.all(random.map(async ([exported, edited]) => relevel(await buildReturnWorkbook(inputOf(exported)), edited)))),
    ];
    const expected = [BNSSG_LEVELS, ...random.map(([, edited]) => edited)].map((levels) => {
      const score = scoreReturn(catalogue, levels);
      return [...score.ambitions.map(expectedRow), expectedRow(score.overall)];
    });

    const recalculated = await recalculateSheets(workbooks);

    expect(recalculated.map(summary)).toEqual(expected);
    // The published BNSSG front sheet, ambition 4: 0.0 0.0 26.1 39.1 21.7 4.3, 65.2 at 3 and above.
    expect(summary(recalculated[0]!)[3]!.slice(0, 7)).toEqual([0, 0, 26.1, 39.1, 21.7, 4.3, 65.2]);
  });

  it("reads formula-looking evidence and gaps back as the text typed", { timeout: 240_000 }, async () => {
    const tricky = ["=SUM(A1:A9)", "+44 117 000 0000", "-5 beds", "@mention", "=1+1\nsecond line"];
    const keys = ["1.1.2", "1.1.4", "1.1.5", "1.1.6", "1.1.7"];
    const input = inputOf(
      Object.fromEntries(keys.map((key) => [key, 3])),
      (key) => ({ evidence: tricky[keys.indexOf(key)] ?? "", gaps: keys.includes(key) ? `gap ${tricky[keys.indexOf(key)]}` : "" }),
    );
    const [sheet] = await recalculateSheets([await buildReturnWorkbook(input)], ambitionSheetName(1));
    const byNumber = new Map(sheet!.map((row) => [row[0], row]));
    keys.forEach((key, index) => {
      expect(byNumber.get(key)?.slice(2, 5)).toEqual(["Level 3", tricky[index], `gap ${tricky[index]}`]);
    });
  });
});
