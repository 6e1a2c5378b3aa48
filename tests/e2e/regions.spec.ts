// A regional lead compares the ICBs of their region: each ICB's latest published
// self-assessment side by side, the region taken as one, a chart, and item-by-item levels.
// Drafts never appear.
import { expect, test } from "@playwright/test";
import { createReturnRow, findIcb, withAppDatabase } from "./fixtures/app-database";
import { expectNoAxeViolations, expectNoSidewaysScroll } from "./support/axe";
import { signInAs } from "./support/sign-in";

test.describe.configure({ mode: "serial" });

const DEVON = "Devon";
let devonSubmitted = "";
let devonDraftTitle = "";
let regionUrl = "";
/** ICBs in the South West now: other browser tests add some. */
let icbCount = 0;

test.beforeAll(async () => {
  await withAppDatabase(async (db) => {
    // Devon's published return: every item at level 2 except ambition 6's four, at level 4.
    devonSubmitted = (await createReturnRow(db, DEVON, "submitted", "Regions Devon published", (key) => (key.startsWith("6.") ? 4 : 2))).id;
    // An earlier published one, a year before: only ambition 1's 19 items rated, all at level 3.
    const earlier = await createReturnRow(db, DEVON, "submitted", "Regions Devon earlier", (key) => (key.startsWith("1.") ? 3 : null));
    await db.assessmentReturn.update({ where: { id: earlier.id }, data: { submittedAt: new Date(Date.now() - 365 * 24 * 3600 * 1000) } });
    // A newer draft, all at level 5, that nobody outside Devon may see.
    devonDraftTitle = (await createReturnRow(db, DEVON, "draft", "Regions Devon draft", () => 5)).title;
    const devon = await findIcb(db, DEVON);
    icbCount = await db.organisation.count({ where: { kind: "icb", regionId: devon.regionId } });
  });
});

test("a regional lead reaches the comparison from the navigation and sees each ICB's published figures", async ({ page }) => {
  await signInAs(page, "regional_lead");
  await page.getByRole("navigation", { name: "Primary navigation" }).getByRole("link", { name: "Compare ICBs" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("South West: ICB self-assessments compared");
  regionUrl = new URL(page.url()).pathname;
  expect(regionUrl).toMatch(/^\/regions\/[0-9a-f-]{36}$/);

  const table = page.getByRole("table", { name: /by ICB/ });
  expect(icbCount).toBeGreaterThanOrEqual(7);
  await expect(table.getByRole("row")).toHaveCount(1 + icbCount + 1); // header, every ICB, the region
  const devon = table.getByRole("row", { name: /^Devon/ });
  // Ambitions 1-5: nothing at 3+; ambition 6: all four items; overall 4 of 75 = 5.3%.
  await expect(devon.getByRole("cell")).toHaveText(["0.0", "0.0", "0.0", "0.0", "0.0", "100.0", "5.3", "75 of 75", "between levels 0 and 2"]);
  await expect(devon.getByRole("rowheader")).toContainText(/Submitted submitted \d{1,2} \w+ \d{4}/);
  await expect(devon.getByRole("link")).toHaveAttribute("href", `/returns/${devonSubmitted}`);
  await expect(table.getByRole("row", { name: /^Dorset/ })).toContainText("No submitted self-assessment yet");
  await expect(table.getByRole("row", { name: /^Region \(\d ICBs together\)/ })).toBeVisible();
  await expect(page.getByText(devonDraftTitle)).toHaveCount(0);

  // The chart draws one bar per ICB with a return, plus the region's.
  const bars = page.locator(".app-chart .recharts-bar-rectangle");
  await expect(bars.first()).toBeVisible();
  const published = await table.getByRole("row").filter({ has: page.getByRole("link") }).count();
  await expect(bars).toHaveCount(published + 1);
  await expect(page.getByRole("img", { name: /Bar chart of each ICB's share/ })).toBeVisible();
  await expectNoAxeViolations(page, "Compare ICBs");
});

test("the comparison downloads as a workbook with the same figures", async ({ page }) => {
  await signInAs(page, "regional_lead");
  await page.goto(regionUrl);
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: /Download the comparison as a spreadsheet/ }).click()]);
  expect(download.suggestedFilename()).toBe("South-West-ICB-comparison.xlsx");
  const ExcelJS = (await import("exceljs")).default;
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await download.path());
  expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(["Summary", ...[1, 2, 3, 4, 5, 6].map((n) => `Ambition ${n}`)]);
  const summary = workbook.getWorksheet("Summary")!;
  const devonRow = summary.getSheetValues().find((row) => Array.isArray(row) && row[1] === DEVON) as unknown[];
  // ICB, title, status, submitted, ambitions 1-6, all ambitions, headline (1-based columns).
  expect(devonRow.slice(5, 13)).toEqual([0, 0, 0, 0, 0, 100, 5.3, "between levels 0 and 2"]);
});

test("the comparison reads at 320 px wide: wide tables scroll inside themselves, not the page", async ({ page }) => {
  await signInAs(page, "regional_lead");
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto(regionUrl);
  await expect(page.locator(".app-chart .recharts-bar-rectangle").first()).toBeVisible();
  await expectNoSidewaysScroll(page);
  await expectNoAxeViolations(page, "Compare ICBs");
});

test("item by item: the level each ICB gave, and how many are at level 3 and above", async ({ page }) => {
  await signInAs(page, "regional_lead");
  await page.goto(regionUrl);
  await page.getByRole("link", { name: /^Ambition 6:/ }).click();
  await expectNoAxeViolations(page, "Ambition 6 - Compare ICBs");
  const tables = page.getByRole("table");
  await expect(tables.first()).toBeVisible();
  const headers = await tables.first().getByRole("columnheader").allTextContents();
  const devonColumn = headers.indexOf(DEVON);
  expect(devonColumn).toBeGreaterThan(0);
  const firstItem = tables.first().getByRole("row").nth(1);
  await expect(firstItem.getByRole("cell").nth(devonColumn - 1)).toHaveText("Level 4");
  expect(headers).not.toContain("Dorset");
  await expect(page.getByText(/^No submitted self-assessment yet: .*Dorset/)).toBeVisible();

  await page.getByRole("link", { name: "Back to South West" }).click();
  await expect(page).toHaveURL(regionUrl);
});

test("nobody else may compare: a board member and a programme manager get 404, and see no link", async ({ page }) => {
  for (const role of ["board_member", "programme_manager"] as const) {
    await signInAs(page, role);
    await expect(page.getByRole("navigation", { name: "Primary navigation" }).getByRole("link", { name: "Compare ICBs" })).toHaveCount(0);
    const response = await page.goto(regionUrl);
    expect(response?.status(), role).toBe(404);
    await page.context().clearCookies();
  }
});

test("each ICB's overall figure over its published self-assessments, in a table and a chart", async ({ page }) => {
  await signInAs(page, "regional_lead");
  await page.goto(regionUrl);
  const history = page.getByRole("table", { name: "Each ICB's published self-assessments, oldest first" });
  const devon = history.getByRole("row").filter({ has: page.getByRole("rowheader", { name: DEVON, exact: true }) });
  await expect(devon).toHaveCount(2);
  // Oldest first: 19 of 75 rated, all at level 3 (25.3%); then every item rated, 4 at level 4 (5.3%).
  await expect(devon.nth(0).getByRole("cell")).toHaveText([/^Regions Devon earlier .*Submitted$/, /\d{4}$/, "19 of 75", "25.3"]);
  await expect(devon.nth(1).getByRole("cell")).toHaveText([/^Regions Devon published .*Submitted$/, /\d{4}$/, "75 of 75", "5.3"]);
  await expect(page.getByText("Regions Devon draft")).toHaveCount(0);
  const chart = page.getByRole("img", { name: /Line chart of each ICB's share/ });
  await expect(chart.locator(".recharts-line-dots circle, .recharts-line-dot").first()).toBeVisible();
  await expectNoAxeViolations(page, "Compare ICBs");
});

test("the comparison's wide table fits a 1280 px screen, its headline column included", async ({ page }) => {
  await signInAs(page, "regional_lead");
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(regionUrl);
  const scroller = page.getByRole("region", { name: /by ICB/ });
  await expect(scroller).toBeVisible();
  // The last column ends inside the visible box of the scroll region: nothing is cut off. (The
  // design system's table is 100% wide and its collapsed cell borders stick out by a pixel or
  // two, hence the margin; a cut-off column is tens of pixels.)
  const box = (await scroller.boundingBox())!;
  for (const cell of [page.getByRole("columnheader", { name: "Headline" }), scroller.getByRole("row").last().getByRole("cell").last()]) {
    const edge = (await cell.boundingBox())!;
    expect(edge.x + edge.width).toBeLessThanOrEqual(box.x + box.width + 3);
  }
  // Below the fold now the page says how complete each return is: scroll down to it, never sideways.
  await page.getByRole("columnheader", { name: "Headline" }).scrollIntoViewIfNeeded();
  await expect(page.getByRole("columnheader", { name: "Headline" })).toBeInViewport({ ratio: 0.95 });
  await expectNoSidewaysScroll(page);
});
