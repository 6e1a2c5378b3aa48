import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { findBuiltinCatalogue } from "@/lib/catalogue/builtin";
import { WorkbookRefusedError } from "@/lib/errors";
import { readReturnWorkbook, type ReadWorkbook } from "@/lib/xlsx/read-return-workbook";
import { buildHandMadeWorkbook } from "@/tests/support/hand-made-workbook";

const catalogue = findBuiltinCatalogue("regional-2021")!;
const read = (bytes: Buffer) => readReturnWorkbook(bytes, "filled.xlsx", catalogue);
const answer = (result: ReadWorkbook, key: string) => result.answers.find((entry) => entry.key === key);

async function refusal(bytes: Buffer): Promise<WorkbookRefusedError> {
  const error = await read(bytes).then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(WorkbookRefusedError);
  return error as WorkbookRefusedError;
}

describe("readReturnWorkbook", () => {
  it("reads levels, evidence, gaps and the front sheet of the regional layout", async () => {
    const bytes = await buildHandMadeWorkbook({
      answers: {
        "1.1.2": { level: 3, evidence: "Our ReSPECT audit\nline two", gaps: "=not a formula" },
        "4.1.2/ambulance": { level: 4, evidence: "SWASFT views EPaCCS" },
        "6.2.1": { level: 0 },
      },
      details: { organisation: "BNSSG ICB", completedBy: "EoLC programme board", versionNote: "v0.3", completionDate: "31/03/2026", livedExperience: "Two carers" },
    });
    const result = await read(bytes);
    expect(answer(result, "1.1.2")).toMatchObject({ level: 3, evidence: "Our ReSPECT audit\nline two", gaps: "=not a formula" });
    expect(answer(result, "4.1.2/ambulance")).toMatchObject({ level: 4, evidence: "SWASFT views EPaCCS", gaps: "" });
    expect(answer(result, "6.2.1")).toMatchObject({ level: 0 });
    expect(answer(result, "1.1.1")).toMatchObject({ level: null, evidence: "", gaps: "" });
    // Every rated item of the catalogue is found (75), and no stem is taken for an item.
    expect(result.answers).toHaveLength(75);
    expect(result.details).toEqual({ completedBy: "EoLC programme board", versionNote: "v0.3", completionDate: "2026-03-31", livedExperience: "Two carers" });
    expect(result.organisationName).toBe("BNSSG ICB");
    expect(result.problems).toEqual([]);
  });

  it("accepts numbers instead of Level n, L3, level 3, a blank level and a formula's cached value", async () => {
    const bytes = await buildHandMadeWorkbook({
      levelStyle: "number",
      answers: {
        "1.1.1": { level: 2 },
        "1.1.2": { level: "L3" },
        "1.1.3": { level: "level 4" },
        "1.1.4": { level: "5" },
        "1.2.1": { level: null, evidence: "typed, not rated" },
        "1.2.2": { level: { formula: "1+0", result: 1 } as ExcelJS.CellFormulaValue },
        "1.3.1": { level: { formula: "\"Level \"&2", result: "Level 2" } as ExcelJS.CellFormulaValue },
      },
    });
    const result = await read(bytes);
    expect([answer(result, "1.1.1")?.level, answer(result, "1.1.2")?.level, answer(result, "1.1.3")?.level, answer(result, "1.1.4")?.level]).toEqual([2, 3, 4, 5]);
    expect(answer(result, "1.2.1")).toMatchObject({ level: null, evidence: "typed, not rated" });
    expect(answer(result, "1.2.2")?.level).toBe(1);
    expect(answer(result, "1.3.1")?.level).toBe(2);
    expect(result.problems).toEqual([]);
  });

  it("copes with moved columns, an inserted row, a merged title and an extra sheet", async () => {
    const bytes = await buildHandMadeWorkbook({
      columns: { number: "B", text: "C", level: "F", evidence: "D", gaps: "G" },
      noteAfter: "1.1.2",
      mergedTitle: true,
      extraSheet: true,
      answers: { "1.1.2": { level: 3, evidence: "e", gaps: "g" }, "1.2.1": { level: 1 }, "4.1.2/hospice": { level: 5 } },
    });
    const result = await read(bytes);
    expect(answer(result, "1.1.2")).toMatchObject({ level: 3, evidence: "e", gaps: "g", place: "Ambition 1!B7" });
    expect(answer(result, "1.2.1")?.level).toBe(1);
    expect(answer(result, "4.1.2/hospice")?.level).toBe(5);
    expect(result.answers).toHaveLength(75);
    expect(result.problems).toEqual([]);
  });

  it("locates each bad level at its sheet and cell, and keeps that item's level", async () => {
    const bytes = await buildHandMadeWorkbook({ answers: { "4.1.1": { level: "Lvl three", evidence: "kept" }, "1.1.1": { level: 7 } } });
    const result = await read(bytes);
    expect(result.problems.map((problem) => `${problem.place}: ${problem.message}`)).toEqual([
      'Ambition 1!C6: "Level 7" is not a level 0-5',
      'Ambition 4!C5: "Lvl three" is not a level 0-5',
    ]);
    expect(answer(result, "4.1.1")).toEqual({ key: "4.1.1", evidence: "kept", gaps: "", place: "Ambition 4!A5" });
  });

  it("refuses a workbook with no item rows", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Budget").addRow(["Line", "Amount"]);
    const error = await refusal(Buffer.from(await workbook.xlsx.writeBuffer()));
    expect(error.reason).toBe("noItems");
    expect(error.message).toContain("filled.xlsx has no recognisable item rows");
  });

  it("refuses a workbook on another catalogue", async () => {
    const error = await refusal(await buildHandMadeWorkbook({ renumber: true }));
    expect(error.reason).toBe("otherCatalogue");
    expect(error.message).toMatch(/^filled\.xlsx is on another version of the self-assessment tool: its items do not match this return's \(1\.91\.1, /);
  });

  it("refuses bytes exceljs cannot read", async () => {
    expect((await refusal(Buffer.from("not a zip at all"))).reason).toBe("unreadable");
  });
});
