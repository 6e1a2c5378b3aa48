import { expectNoAxeViolations, expectNoSidewaysScroll } from "./support/axe";
import { expect, test } from "@playwright/test";
import { signInAs } from "./support/sign-in";
import { findIcb, withAppDatabase } from "./fixtures/app-database";

const BNSSG = "Bristol, North Somerset and South Gloucestershire";

const unique = (label: string) => `${label} ${Date.now().toString(36)}`;

test.describe.configure({ mode: "serial" });

test.beforeEach(async ({ page }) => {
  await signInAs(page, "administrator");
});

test("an administrator sees every region, its ICBs, and their places and providers", async ({ page }) => {
  await page.getByRole("link", { name: "Organisations" }).first().click();
  await expect(page).toHaveURL(/\/admin\/organisations$/);
  await expect(page.getByRole("heading", { level: 1, name: "Organisations" })).toBeVisible();
  const regions = page.locator("section.app-org-region");
  await expect(regions).toHaveCount(7);
  const southWest = regions.filter({ has: page.getByRole("heading", { level: 2, name: "South West" }) });
  await expect(southWest.getByRole("heading", { level: 3, name: BNSSG })).toBeVisible();
  await expect(southWest.getByRole("link", { name: "Add an ICB to South West" })).toBeVisible();
  await expect(page.getByRole("link", { name: `Add a place or provider to ${BNSSG}` })).toBeVisible();
  await expectNoAxeViolations(page);
});

test("reads at 320 px wide without sideways scrolling", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto("/admin/organisations");
  await expectNoSidewaysScroll(page);
  await expectNoAxeViolations(page);
});

test("adds a place and a provider to an ICB, explaining every mistake, and audits it", async ({ page }) => {
  await page.goto("/admin/organisations");
  await page.getByRole("link", { name: `Add a place or provider to ${BNSSG}` }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Add a place or provider to ${BNSSG}` })).toBeVisible();
  await expectNoAxeViolations(page);

  // Nothing filled in: both problems, summarised and inline, and the summary links to the fields.
  await page.getByRole("button", { name: "Add organisation" }).click();
  const summary = page.locator(".nhsuk-error-summary");
  await expect(summary).toBeFocused();
  await expect(summary.getByRole("link")).toHaveText(["Enter a name", "Select what kind of organisation it is"]);
  await expect(page).toHaveTitle(/^Error: /);
  await expect(page.locator("#field-name-error")).toHaveText("Error: Enter a name");
  await expect(page.getByLabel("Name", { exact: true })).toHaveAttribute("aria-invalid", "true");
  await expectNoAxeViolations(page);
  await summary.getByRole("link", { name: "Enter a name" }).click();
  await expect(page.getByLabel("Name", { exact: true })).toBeFocused();

  const name = unique("Weston");
  await page.getByLabel("Name", { exact: true }).fill(`  ${name}  `);
  await page.getByLabel("Place").check();
  await page.getByRole("button", { name: "Add organisation" }).click();
  await expect(page).toHaveURL(/\/admin\/organisations\?added=/);
  await expect(page.locator(".nhsuk-notification-banner--success")).toContainText(`${name} added.`);
  const added = page.locator(".app-org-child", { hasText: name });
  await expect(added).toContainText("Place");

  // The same name again under the same ICB, even as a provider and in other case: refused, with what was typed kept.
  await page.goto("/admin/organisations");
  await page.getByRole("link", { name: `Add a place or provider to ${BNSSG}` }).click();
  await page.getByLabel("Name", { exact: true }).fill(name.toUpperCase());
  await page.getByLabel("Hospice").check();
  await page.getByRole("button", { name: "Add organisation" }).click();
  await expect(page.locator(".nhsuk-error-summary")).toContainText(`There is already an organisation called ${name.toUpperCase()} here.`);
  await expect(page.getByLabel("Name", { exact: true })).toHaveValue(name.toUpperCase());
  await expect(page.getByLabel("Hospice")).toBeChecked();
  await expectNoAxeViolations(page);

  const hospice = unique("Hospice of the Valley");
  await page.getByLabel("Name", { exact: true }).fill(hospice);
  await page.getByRole("button", { name: "Add organisation" }).click();
  await expect(page.locator(".app-org-child", { hasText: hospice })).toContainText("Hospice");

  const stored = await withAppDatabase(async (db) => {
    const icb = await findIcb(db, BNSSG);
    const organisation = await db.organisation.findFirstOrThrow({ where: { name: hospice } });
    const audit = await db.auditEvent.findFirst({ where: { action: "organisation.create", targetId: organisation.id } });
    return { icb, organisation, audit };
  });
  expect(stored.organisation).toMatchObject({ kind: "provider", providerType: "hospice", icbId: stored.icb.id, regionId: stored.icb.regionId });
  expect(stored.audit).toMatchObject({ outcome: "success", actorEmail: "administrator@demo.ambitions.nhs.uk" });
});

test("adds an ICB to a region", async ({ page }) => {
  await page.goto("/admin/organisations");
  await page.getByRole("link", { name: "Add an ICB to South West" }).click();
  await expect(page.getByRole("radio")).toHaveCount(0);
  const name = unique("Wessex ICB");
  await page.getByLabel("Name", { exact: true }).fill(name);
  await page.getByRole("button", { name: "Add organisation" }).click();
  await expect(page.locator(".nhsuk-notification-banner--success")).toContainText(`${name} added.`);
  const region = page.locator("section.app-org-region", { has: page.getByRole("heading", { level: 2, name: "South West" }) });
  await expect(region.getByRole("heading", { level: 3, name })).toBeVisible();
});

test("renames an organisation, refusing a sibling's name, and audits old and new names", async ({ page }) => {
  const first = unique("Clevedon");
  const second = unique("Portishead");
  await withAppDatabase(async (db) => {
    const icb = await findIcb(db, BNSSG);
    await db.organisation.createMany({
      data: [first, second].map((name) => ({ kind: "place" as const, name, regionId: icb.regionId, icbId: icb.id })),
    });
  });
  await page.goto("/admin/organisations");
  await page.getByRole("link", { name: `Rename ${first}` }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Rename ${first}` })).toBeVisible();
  await expect(page.getByLabel("New name")).toHaveValue(first);
  await expectNoAxeViolations(page);

  await page.getByLabel("New name").fill(second);
  await page.getByRole("button", { name: "Rename organisation" }).click();
  await expect(page.locator(".nhsuk-error-summary")).toContainText(`There is already an organisation called ${second} here.`);
  await expect(page.locator("#field-name-error")).toBeVisible();
  await expectNoAxeViolations(page);

  const renamed = `${first} and Yatton`;
  await page.getByLabel("New name").fill(renamed);
  await page.getByRole("button", { name: "Rename organisation" }).click();
  await expect(page.locator(".nhsuk-notification-banner--success")).toContainText(`Organisation renamed to ${renamed}.`);
  await expect(page.locator(".app-org-child", { hasText: renamed })).toBeVisible();

  const audit = await withAppDatabase(async (db) => {
    const organisation = await db.organisation.findFirstOrThrow({ where: { name: renamed } });
    return db.auditEvent.findFirst({ where: { action: "organisation.rename", targetId: organisation.id } });
  });
  expect(audit?.details).toEqual({ from: first, to: renamed });
});

test("nobody else sees the organisations link or page", async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInAs(page, "programme_manager");
  await expect(page.getByRole("link", { name: "Organisations" })).toHaveCount(0);
  const response = await page.goto("/admin/organisations");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
  await context.close();
});

test("an administrator finds an organisation by part of its name, shown within its region", async ({ page }) => {
  await page.goto("/admin/organisations");
  const search = page.getByRole("search", { name: "Search by name" });
  await search.getByLabel("Search by name").fill("somerset and south");
  await search.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/\/admin\/organisations\?q=somerset\+and\+south$/);
  await expect(page.getByRole("status")).toContainText('matching "somerset and south"');
  const regions = page.locator("section.app-org-region");
  await expect(regions).toHaveCount(1);
  await expect(regions.getByRole("heading", { level: 2 })).toHaveText("South West");
  await expect(regions.getByRole("heading", { level: 3, name: BNSSG })).toBeVisible();
  await expect(page.getByRole("heading", { level: 3, name: "Devon" })).toHaveCount(0);
  await expectNoAxeViolations(page);

  await page.goto("/admin/organisations?q=no%20such%20organisation%20anywhere");
  await expect(page.getByRole("status")).toHaveText('No organisation matches "no such organisation anywhere".');
  await expect(page.locator("section.app-org-region")).toHaveCount(0);
  await page.getByRole("link", { name: "Show every organisation" }).click();
  await expect(page.locator("section.app-org-region")).toHaveCount(7);
});
