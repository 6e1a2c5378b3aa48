// The regional workbook from the browser: a return's page downloads the return as the tool's
// workbook (its front sheet names the organisation and carries the summary), and the catalogue
// page downloads a blank template.
import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import ExcelJS from "exceljs";
import { createReturnRow, findIcb, withAppDatabase } from "./fixtures/app-database";
import { expectNoAxeViolations } from "./support/axe";
import { signInAs } from "./support/sign-in";

// Each test signs in, reads a page through axe and downloads a workbook: on a machine shared by
// several builds that takes longer than the default 30 s.
test.describe.configure({ timeout: 120_000 });

const BNSSG = "Bristol, North Somerset and South Gloucestershire";
const levels = (JSON.parse(readFileSync(new URL("../fixtures/bnssg-2022-23.json", import.meta.url), "utf8")) as { levels: Record<string, number | null> }).levels;

async function readDownload(path: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook;
}

test("a return's page downloads it as the regional workbook, its front sheet naming the organisation", async ({ page }) => {
  const { returnId, organisation, title } = await withAppDatabase(async (db) => {
    const row = await createReturnRow(db, BNSSG, "submitted", "Export BNSSG", (key) => levels[key] ?? null, (key) => (key === "1.1.7" ? "=establish how" : ""));
    return { returnId: row.id, title: row.title, organisation: (await findIcb(db, BNSSG)).name };
  });
  await signInAs(page, "board_member");
  await page.goto(`/returns/${returnId}`);
  await expectNoAxeViolations(page, "Self-assessment");
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download as a spreadsheet (xlsx)" }).click()]);
  expect(download.suggestedFilename()).toBe(`${organisation} ${title}.xlsx`);

  const workbook = await readDownload(await download.path());
  expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(["Front sheet", ...[1, 2, 3, 4, 5, 6].map((n) => `Ambition ${n}`), "Improvement plan"]);
  const front = workbook.getWorksheet("Front sheet")!;
  expect(front.getCell("A4").value).toBe("Name of Organisation(s):");
  expect(front.getCell("B4").value).toBe(organisation);
  // The summary table's first "Ambition 1: ..." row: the published BNSSG front sheet's
  // ambition 1 (formula cells, read by their cached results).
  let row: ExcelJS.Row | undefined;
  front.eachRow((candidate) => {
    if (!row && String(candidate.getCell(1).value).startsWith("Ambition 1:")) row = candidate;
  });
  if (!row) throw new Error("no ambition 1 row on the front sheet");
  expect([2, 3, 4, 5, 6, 7, 8].map((column) => row!.getCell(column).result)).toEqual([10.5, 5.3, 15.8, 52.6, 5.3, 0, 57.9]);
  const sheet7 = workbook.getWorksheet("Ambition 1")!;
  const item = sheet7.getRows(4, sheet7.rowCount)!.find((candidate) => candidate.getCell(1).value === "1.1.7")!;
  expect(item.getCell(3).value).toBe("Level 0");
  expect(item.getCell(5).value).toBe("=establish how");
});

test("the catalogue page downloads a blank template of the version shown", async ({ page }) => {
  await signInAs(page, "contributor");
  await page.goto("/catalogue");
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download a blank template (xlsx)" }).click()]);
  expect(download.suggestedFilename()).toBe("Ambitions self-assessment template regional-2021.xlsx");
  const workbook = await readDownload(await download.path());
  const sheet = workbook.getWorksheet("Ambition 4")!;
  expect(sheet.getRow(3).values).toEqual([
    undefined,
    "No:",
    "Ambitions & Building Blocks",
    "Current Status",
    "How would you evidence achievement or progress at this level?",
    "Where are the current gaps for your locality (NB: consider all care settings)",
  ]);
  let rated = 0;
  sheet.eachRow((row) => {
    if (row.number > 3 && row.getCell(3).dataValidation) rated += 1;
    if (row.number > 3) expect(row.getCell(3).value ?? null).toBeNull();
  });
  expect(rated).toBe(23);
  await expectNoAxeViolations(page, "Self-assessment catalogue");
});
