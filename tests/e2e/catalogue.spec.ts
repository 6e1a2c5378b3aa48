import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { signInAs } from "./support/sign-in";

test.describe.configure({ mode: "serial" });

test.beforeEach(async ({ page }) => {
  await signInAs(page, "programme_manager");
});

test("shows every ambition, section and item in the tool's exact wording, stems as stems", async ({ page }) => {
  await page.goto("/catalogue");
  await expect(page.getByRole("heading", { level: 1, name: "Self-assessment catalogue" })).toBeVisible();
  await expect(page.getByText("Regional self-assessment tool (2021 updated version) (regional-2021)")).toBeVisible();

  const ambitions = page.locator("section.app-catalogue-ambition");
  await expect(ambitions).toHaveCount(6);
  await expect(ambitions.nth(3).getByRole("heading", { level: 2 })).toHaveText("Ambition 4: Care is coordinated");
  await expect(ambitions.nth(3)).toContainText("I get the right help at the right time from the right people.");
  await expect(ambitions.nth(3)).toContainText("23 rated items");

  await expect(page.getByRole("heading", { level: 3, name: "1.1 Honest conversations" })).toBeVisible();
  const item115 = page.locator(".app-catalogue-item", { hasText: "1.1.5" });
  await expect(item115).toHaveText(
    "1.1.5The locality records and communicates decisions around Cardio-Pulmonary Resuscitation that is consistent across all care settings",
  );

  // 4.1.2 is a stem: marked as not rated, with its ten services under it.
  const stem = page.locator(".app-catalogue-stem", { hasText: "EPaCCS information is being shared with the following services" });
  await expect(stem.locator(".nhsuk-tag")).toHaveText("Not rated");
  await expect(stem.locator(".app-catalogue-items--children > li")).toHaveCount(10);
  await expect(stem.locator(".app-catalogue-items--children > li").first()).toHaveText("Ambulance Service");

  const levels = page.locator("table.app-levels tbody tr");
  await expect(levels).toHaveCount(6);
  await expect(levels.nth(5)).toHaveText("Level 5Fully achieving e.g. across all care settings, with supporting evidence available");
});

test("has no accessibility violations", async ({ page }) => {
  await page.goto("/catalogue");
  await expectNoAxeViolations(page);
});

test("reads at 320 px wide without sideways scrolling", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto("/catalogue");
  const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
  expect(widths.scroll).toBeLessThanOrEqual(widths.client);
  await expectNoAxeViolations(page);
});

// Before the header's script has run (hydration still going, or the script failed) the
// navigation must wrap rather than run off the screen: this once failed one run in ten.
test("reads at 320 px wide before any script has run", async ({ page, browser }) => {
  const storageState = await page.context().storageState();
  const context = await browser.newContext({ javaScriptEnabled: false, storageState, viewport: { width: 320, height: 640 } });
  try {
    const noScript = await context.newPage();
    await noScript.goto("/catalogue");
    await expect(noScript.getByRole("link", { name: "Self-assessments" })).toBeVisible();
    const widths = await noScript.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
    expect(widths.scroll).toBeLessThanOrEqual(widths.client);
  } finally {
    await context.close();
  }
});

test("prints the catalogue without navigation or page controls", async ({ page }) => {
  await page.goto("/catalogue");
  await page.emulateMedia({ media: "print" });
  await expect(page.locator(".nhsuk-contents-list")).toBeHidden();
  await expect(page.locator(".nhsuk-header__navigation")).toBeHidden();
  await expect(page.locator(".app-catalogue-item", { hasText: "1.1.5" })).toBeVisible();
  const pdf = await page.pdf({ format: "A4" });
  expect(pdf.byteLength).toBeGreaterThan(10_000);
});

test("offers a version picker once a second version is imported, and shows the chosen one", async ({ page }) => {
  // Import through the product's own command, sharing the running app's embedded server.
  const dir = mkdtempSync(path.join(os.tmpdir(), "ambitions-e2e-catalogue-"));
  const original = JSON.parse(readFileSync(path.resolve("lib/catalogue/versions/regional-2021.json"), "utf8"));
  const revised = { ...original, id: "regional-2021-rev1", title: "Regional tool revision 1" };
  revised.ambitions[5].name = "Each community is prepared to help (revised)";
  const file = path.join(dir, "rev1.json");
  writeFileSync(file, JSON.stringify(revised));
  execFileSync(process.execPath, ["--import", "tsx", "scripts/ambitions.ts", "catalogue", "import", file], {
    env: { ...process.env, DATABASE_URL: "", DATA_DIR: process.env.E2E_DATA_DIR },
    stdio: "pipe",
  });

  await page.goto("/catalogue");
  const picker = page.getByLabel("Catalogue version");
  await expect(picker).toHaveValue("regional-2021");
  await picker.selectOption("regional-2021-rev1");
  await page.getByRole("button", { name: "Show version" }).click();
  await expect(page).toHaveURL(/\?version=regional-2021-rev1$/);
  await expect(page.getByRole("heading", { level: 2, name: "Ambition 6: Each community is prepared to help (revised)" })).toBeVisible();
  await expectNoAxeViolations(page);

  const missing = await page.goto("/catalogue?version=no-such-version");
  expect(missing?.status()).toBe(404);
});

test("an administrator adds a version from a file: a bad file is refused with every problem by its place, and nothing is added", async ({ page }) => {
  await signInAs(page, "administrator");
  await page.getByRole("navigation", { name: "Primary navigation" }).getByRole("link", { name: "Catalogue versions" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Catalogue versions" })).toBeVisible();
  await expectNoAxeViolations(page, "Catalogue versions");
  const rows = page.getByRole("table", { name: "Stored catalogue versions" }).getByRole("row");
  const before = await rows.count();

  // Nothing chosen.
  await page.getByRole("button", { name: "Check and add" }).click();
  await expect(page.locator(".nhsuk-error-summary")).toContainText("Choose a catalogue file");

  const original = JSON.parse(readFileSync(path.resolve("lib/catalogue/versions/regional-2021.json"), "utf8"));
  const broken = structuredClone(original);
  broken.id = "regional-2021-broken";
  broken.ambitions[0].name = "";
  broken.ambitions[3].sections[1].items.push({ number: "4.2.1", text: "A second 4.2.1" });
  await page.getByLabel("Catalogue file").setInputFiles({ name: "broken.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(broken)) });
  await page.getByRole("button", { name: "Check and add" }).click();
  const summary = page.locator(".nhsuk-error-summary");
  await expect(summary).toContainText("broken.json: ambitions[0].name: must not be empty");
  await expect(summary).toContainText("broken.json: ambitions[3].sections[1].items[1].number: duplicate 4.2.1");
  await expect(page.locator("#field-file-error")).toContainText("broken.json");
  await expect(summary).toBeFocused();
  await expectNoAxeViolations(page, "Error: Catalogue versions");
  await expect(rows).toHaveCount(before);
});

test("an administrator adds a good file, makes it the default for new self-assessments, and puts the original back", async ({ page }) => {
  await signInAs(page, "administrator");
  await page.goto("/admin/catalogues");
  const original = JSON.parse(readFileSync(path.resolve("lib/catalogue/versions/regional-2021.json"), "utf8"));
  const id = `regional-2021-upload-${Date.now()}`;
  await page.getByLabel("Catalogue file").setInputFiles({
    name: "upload.json",
    mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify({ ...original, id, title: "Uploaded revision" })),
  });
  await page.getByRole("button", { name: "Check and add" }).click();
  await expect(page.getByRole("alert", { name: "Success" })).toContainText(`Uploaded revision (${id}) added.`);
  const row = page.getByRole("row", { name: new RegExp(id) });
  await expect(row).toContainText("75");

  await row.getByRole("button", { name: "Make default for Uploaded revision" }).click();
  await expect(page.getByRole("alert", { name: "Success" })).toContainText("New self-assessments now start on Uploaded revision.");
  await expect(page.getByRole("row", { name: new RegExp(id) }).getByText("Default", { exact: true })).toBeVisible();
  await expectNoAxeViolations(page, "Catalogue versions");

  const originalRow = page.getByRole("row", { name: /\(?regional-2021\b(?!-)/ }).first();
  await originalRow.getByRole("button", { name: /^Make default for Regional self-assessment tool/ }).click();
  await expect(page.getByRole("alert", { name: "Success" })).toContainText("New self-assessments now start on Regional self-assessment tool");
});
