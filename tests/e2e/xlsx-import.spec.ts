// Importing the regional workbook from the browser: download a draft as the workbook, change a
// copy as a region would (exceljs), upload it, check the preview, import, and see the new level;
// a file that is not a workbook is refused on the upload page with its message.
import { expect, test } from "@playwright/test";
import ExcelJS from "exceljs";
import { createReturnRow, withAppDatabase } from "./fixtures/app-database";
import { expectNoAxeViolations } from "./support/axe";
import { signInAs } from "./support/sign-in";

const BNSSG = "Bristol, North Somerset and South Gloucestershire";

test("download the export, change a copy, upload it through the preview, import, and see the new level", async ({ page }) => {
  // A download, an upload, an import and two accessibility scans: over the default 30 s on a loaded machine.
  test.setTimeout(120_000);
  const returnId = await withAppDatabase(async (db) => (await createReturnRow(db, BNSSG, "draft", "Import BNSSG", (key) => (key === "1.1.2" ? 1 : null))).id);
  await signInAs(page, "programme_manager");
  await page.goto(`/returns/${returnId}`);
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download as a spreadsheet (xlsx)" }).click()]);

  // The region's edits: 1.1.2 up to level 4 typed as "4", evidence with a line break, and Hospice under 4.1.2.
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await download.path());
  const edit = (sheetName: string, match: (row: ExcelJS.Row) => boolean, level: ExcelJS.CellValue, evidence: string) => {
    const sheet = workbook.getWorksheet(sheetName)!;
    let done = false;
    sheet.eachRow((row) => {
      if (done || !match(row)) return;
      row.getCell(3).value = level;
      row.getCell(4).value = evidence;
      done = true;
    });
    expect(done).toBe(true);
  };
  edit("Ambition 1", (row) => row.getCell(1).value === "1.1.2", 4, "Audit of ReSPECT forms\nin all three localities");
  edit("Ambition 4", (row) => row.getCell(2).value === "Hospice", "L2", "St Peter's shares EPaCCS");
  const changed = Buffer.from(await workbook.xlsx.writeBuffer());

  await page.getByRole("link", { name: "Import from a spreadsheet" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Import from a spreadsheet");
  await expectNoAxeViolations(page, "Import from a spreadsheet");
  await page.getByLabel("Workbook (xlsx)").setInputFiles({ name: "bnssg-edited.xlsx", mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", buffer: changed });
  await page.getByRole("button", { name: "Upload and preview" }).click();

  await expect(page.getByRole("heading", { level: 1 })).toContainText("Check the changes before importing");
  await expect(page.getByText("What importing bnssg-edited.xlsx would change in this draft.")).toBeVisible();
  await expect(page.getByRole("heading", { name: "2 items will change" })).toBeVisible();
  const row112 = page.getByRole("row", { name: /^1\.1\.2 / });
  await expect(row112).toContainText("Level 4");
  await expect(row112).toContainText("was Level 1");
  await expect(page.getByRole("row", { name: /^4\.1\.2\/hospice / })).toContainText("Level 2");
  await expectNoAxeViolations(page, "Check the changes before importing");
  await page.setViewportSize({ width: 320, height: 800 });
  await expect(page.getByRole("button", { name: "Import these changes" })).toBeVisible();
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.getByRole("button", { name: "Import these changes" }).click();

  await expect(page.getByText("Imported 2 items from the spreadsheet.")).toBeVisible();
  await page.goto(`/returns/${returnId}/items/1.1.2`);
  await expect(page.getByLabel("Level 4")).toBeChecked();
  await expect(page.getByLabel("How would you evidence achievement or progress at this level?")).toHaveValue("Audit of ReSPECT forms\nin all three localities");
});

test("a file that is not a workbook is refused on the upload page, saying so", async ({ page }) => {
  const returnId = await withAppDatabase(async (db) => (await createReturnRow(db, BNSSG, "draft", "Import refused")).id);
  await signInAs(page, "contributor");
  await page.goto(`/returns/${returnId}/import`);
  await page.getByLabel("Workbook (xlsx)").setInputFiles({ name: "answers.xlsx", mimeType: "text/csv", buffer: Buffer.from("No:,Current Status\n1.1.2,Level 3\n") });
  await page.getByRole("button", { name: "Upload and preview" }).click();
  const summary = page.locator(".nhsuk-error-summary");
  await expect(summary).toContainText("answers.xlsx is not an xlsx workbook");
  await expectNoAxeViolations(page);
  const count = await withAppDatabase((db) => db.pendingImport.count({ where: { returnId } }));
  expect(count).toBe(0);
});
