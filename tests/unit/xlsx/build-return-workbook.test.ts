import ExcelJS from "exceljs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findBuiltinCatalogue } from "@/lib/catalogue/builtin";
import { scoreReturn, type Distribution, type ReturnScore } from "@/lib/scoring";
import { blankTemplateInput, buildReturnWorkbook } from "@/lib/xlsx/build-return-workbook";
import {
  COLUMNS,
  FIRST_BODY_ROW,
  FRONT_FIELDS,
  FRONT_SHEET_NAME,
  HEADER_CELLS,
  HEADER_ROW,
  LEVEL_LABELS,
  TABLE_COLUMNS,
  ambitionRows,
  ambitionSheetName,
  ambitionTitle,
  catalogueIdOf,
  frontSheetRows,
} from "@/lib/xlsx/regional-layout";
import { BNSSG_LEVELS, CATALOGUE, HEADER, inputOf, levelsArbitrary } from "./return-workbook-inputs";

async function read(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}

function score(levels: Record<string, number | null>): ReturnScore {
  return scoreReturn(findBuiltinCatalogue("regional-2021")!, levels);
}

type Row = { levels: number[]; level3Plus: number; notRated: number; items: number };

/** One table row of the front sheet: the formulas' cached results, checking each is a formula. */
function tableRow(sheet: ExcelJS.Worksheet, row: number): Row {
  // cell.result, not cell.value.result: exceljs's value getter drops a cached result of 0.
  const result = (letter: string) => {
    const cell = sheet.getCell(`${letter}${row}`);
    expect(typeof cell.formula, `${letter}${row} holds a formula`).toBe("string");
    return cell.result as number;
  };
  return {
    levels: TABLE_COLUMNS.levels.map(result),
    level3Plus: result(TABLE_COLUMNS.level3Plus),
    notRated: result(TABLE_COLUMNS.notRated),
    items: result(TABLE_COLUMNS.items),
  };
}

function expectedShares(group: Distribution): Row {
  return { levels: group.shares, level3Plus: group.level3Plus, notRated: group.notRated, items: group.items };
}

function summaryOf(workbook: ExcelJS.Workbook) {
  const sheet = workbook.getWorksheet(FRONT_SHEET_NAME)!;
  const rows = frontSheetRows(6);
  return {
    shares: [0, 1, 2, 3, 4, 5, 6].map((index) => tableRow(sheet, rows.summaryHeader + 1 + index)),
    counts: [0, 1, 2, 3, 4, 5].map((index) => {
      const countsRow = rows.countsHeader + 1 + index;
      return TABLE_COLUMNS.levels.map((letter) => sheet.getCell(`${letter}${countsRow}`).result);
    }),
  };
}

function expectSummaryMatches(workbook: ExcelJS.Workbook, expected: ReturnScore) {
  const summary = summaryOf(workbook);
  expect(summary.shares).toEqual([...expected.ambitions.map(expectedShares), expectedShares(expected.overall)]);
  expect(summary.counts).toEqual(expected.ambitions.map((ambition) => ambition.counts));
}

describe("the return workbook", () => {
  it("puts BNSSG's published summary on the front sheet as formulas whose cached values are the scoring library's", async () => {
    const workbook = await read(await buildReturnWorkbook(inputOf(BNSSG_LEVELS)));
    expectSummaryMatches(workbook, score(BNSSG_LEVELS));
    const sheet = workbook.getWorksheet(FRONT_SHEET_NAME)!;
    const rows = frontSheetRows(6);
    // The published front sheet (seed 001): ambition 1 is 10.5, 5.3, 15.8, 52.6, 5.3, 0.0, 57.9.
    expect(tableRow(sheet, rows.summaryHeader + 1)).toEqual({ levels: [10.5, 5.3, 15.8, 52.6, 5.3, 0], level3Plus: 57.9, notRated: 2, items: 19 });
    expect(tableRow(sheet, rows.summaryHeader + 4).level3Plus).toBe(65.2);
    expect(sheet.getCell(`B${rows.countsHeader + 1}`).value).toMatchObject({ formula: `COUNTIF('Ambition 1'!$C$4:$C$32,"Level 0")` });
    expect(sheet.getCell(`B${rows.summaryHeader + 1}`).numFmt).toBe("0.0");
  });

  // 25 workbooks built and read back: seconds on a loaded machine.
  it("holds the scoring library's figures for any return", { timeout: 60_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(levelsArbitrary, async (levels) => {
        const workbook = await read(await buildReturnWorkbook(inputOf(levels)));
        expectSummaryMatches(workbook, score(levels));
      }),
      { numRuns: 25 },
    );
  });

  it("writes the front sheet's fields, status and level descriptors", async () => {
    const workbook = await read(await buildReturnWorkbook(inputOf(BNSSG_LEVELS)));
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([FRONT_SHEET_NAME, ...[1, 2, 3, 4, 5, 6].map(ambitionSheetName)]);
    const sheet = workbook.getWorksheet(FRONT_SHEET_NAME)!;
    const rows = frontSheetRows(6);
    expect(String(sheet.getCell(rows.title, 1).value)).toContain("Ambitions for Palliative and End of Life Care");
    expect(catalogueIdOf(String(sheet.getCell(rows.catalogue, 1).value))).toBe("regional-2021");
    FRONT_FIELDS.forEach((field, index) => {
      expect(sheet.getCell(rows.firstField + index, 1).value).toBe(field.label);
      const value = sheet.getCell(rows.firstField + index, 2).value;
      expect(value).toEqual(HEADER[field.key]);
    });
    expect(sheet.getCell(rows.status, 2).value).toBe("Submitted");
    expect(String(sheet.getCell(rows.status + 2, 2).value)).toMatch(/^2 March 2023 at 10:00 \(Priya\)$/);
    expect(sheet.getCell(rows.status + 3, 2).value).toBe("Not yet");
    const descriptors = findBuiltinCatalogue("regional-2021")!.levels;
    descriptors.forEach((level) => {
      expect(sheet.getCell(rows.levelsHeader + 1 + level.level, 1).value).toBe(`Level ${level.level}`);
      expect(sheet.getCell(rows.levelsHeader + 1 + level.level, 2).value).toBe(level.descriptor);
    });
  });

  it("lays out every ambition's sections, stems, items and 4.1.2 services in catalogue order and wording", async () => {
    const workbook = await read(await buildReturnWorkbook(inputOf(BNSSG_LEVELS)));
    for (const ambition of CATALOGUE.ambitions) {
      const sheet = workbook.getWorksheet(ambitionSheetName(ambition.number))!;
      expect(sheet.getCell(1, 1).value).toBe(ambitionTitle(ambition));
      expect(sheet.getCell(2, 1).value).toBe(ambition.statement);
      expect(sheet.getRow(HEADER_ROW).values).toEqual([undefined, ...HEADER_CELLS]);
      const expected = ambitionRows(ambition);
      expect(sheet.rowCount).toBe(FIRST_BODY_ROW + expected.length - 1);
      expected.forEach((entry, index) => {
        const row = sheet.getRow(FIRST_BODY_ROW + index);
        expect(row.getCell(COLUMNS.number).value ?? null).toBe(entry.number ?? null);
        expect(row.getCell(COLUMNS.wording).value).toBe(entry.text);
        const level = row.getCell(COLUMNS.level);
        if (entry.kind === "item") {
          const stored = BNSSG_LEVELS[entry.key];
          expect(level.value ?? null).toBe(stored === null || stored === undefined ? null : `Level ${stored}`);
          expect(level.dataValidation).toMatchObject({ type: "list", allowBlank: true, formulae: [`"${LEVEL_LABELS.join(",")}"`] });
        } else {
          expect(level.value ?? null).toBeNull();
        }
      });
      expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: HEADER_ROW });
      expect(sheet.pageSetup).toMatchObject({ orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: "3:3" });
      expect(sheet.getColumn(COLUMNS.evidence).width).toBeGreaterThan(30);
    }
    // The ten 4.1.2 services follow their stem, unnumbered, by name.
    const four = workbook.getWorksheet("Ambition 4")!;
    const texts: string[] = [];
    four.eachRow((row) => texts.push(String(row.getCell(COLUMNS.wording).value)));
    const stem = texts.findIndex((text) => text.startsWith("EPaCCS information is being shared with the following services"));
    expect(texts.slice(stem + 1, stem + 11)).toEqual([
      "Ambulance Service",
      "Out of Hours Service",
      "NHS 111",
      "Specialist Palliative Care Teams",
      "Primary Care",
      "Community Teams e.g. District Nurses, Matrons",
      "Hospitals",
      "Care Homes",
      "Hospice",
      "Social Care",
    ]);
  });

  it("keeps evidence and gaps exactly as typed, formula-looking text as text", async () => {
    const tricky = ["=SUM(A1:A9)", "+44 117 000 0000", "-5 beds", "@mention", "\tindented", "\rcarriage", "line one\nline two\r\nline three", "literal _x000D_ escape", "Ünïcödé ✓ 🙂"];
    const keys = ["1.1.2", "1.1.4", "2.1.1", "3.1.1", "4.1.2/ambulance", "4.1.2/hospice", "5.1.1", "6.1.1", "1.7.1"];
    const levels: Record<string, number | null> = Object.fromEntries(keys.map((key) => [key, 2]));
    const texts = (key: string) => ({ evidence: tricky[keys.indexOf(key)]!, gaps: `gap: ${tricky[keys.indexOf(key)]!}` });
    const workbook = await read(await buildReturnWorkbook(inputOf(levels, texts)));
    const found = new Map<string, ExcelJS.Row>();
    for (const ambition of CATALOGUE.ambitions) {
      const sheet = workbook.getWorksheet(ambitionSheetName(ambition.number))!;
      ambitionRows(ambition).forEach((entry, index) => {
        if (entry.kind === "item") found.set(entry.key, sheet.getRow(FIRST_BODY_ROW + index));
      });
    }
    keys.forEach((key, index) => {
      const row = found.get(key)!;
      const evidence = row.getCell(COLUMNS.evidence);
      expect(evidence.type, key).toBe(ExcelJS.ValueType.String);
      expect(evidence.value).toBe(tricky[index]);
      expect(evidence.numFmt).toBe("@");
      expect(row.getCell(COLUMNS.gaps).value).toBe(`gap: ${tricky[index]}`);
    });
  });

  it("makes a blank template with every item not rated", async () => {
    const workbook = await read(await buildReturnWorkbook(blankTemplateInput(CATALOGUE)));
    expectSummaryMatches(workbook, score({}));
    for (const ambition of CATALOGUE.ambitions) {
      const sheet = workbook.getWorksheet(ambitionSheetName(ambition.number))!;
      ambitionRows(ambition).forEach((_, index) => {
        const row = sheet.getRow(FIRST_BODY_ROW + index);
        for (const column of [COLUMNS.level, COLUMNS.evidence, COLUMNS.gaps]) expect(row.getCell(column).value ?? null).toBeNull();
      });
    }
    const front = workbook.getWorksheet(FRONT_SHEET_NAME)!;
    const rows = frontSheetRows(6);
    FRONT_FIELDS.forEach((_, index) => expect(front.getCell(rows.firstField + index, 2).value ?? null).toBeNull());
  });
});
