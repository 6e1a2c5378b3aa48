// Without JavaScript the per-item page keeps working: "Save and go to the next item" saves and
// moves on to the next item in catalogue order the person may edit (skipping items assigned to
// someone else), and after the last goes back to the ambition page. The return's page lists the
// ambitions as the design system's task list.
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { createReturnRow, withAppDatabase } from "./fixtures/app-database";
import { DEMO_USERS, signInAs } from "./support/sign-in";

const BNSSG = "Bristol, North Somerset and South Gloucestershire";

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  // Several pages and two sign-ins on a machine shared with other test runs.
  test.describe.configure({ timeout: 90_000 });

  test("Save and go to the next item saves, skips an item assigned to someone else, and ends on the ambition page", async ({ page }) => {
    const { returnId, lastKey, lastAmbition } = await withAppDatabase(async (db) => {
      const draft = await createReturnRow(db, BNSSG, "draft", "No-JS next item");
      const lead = await db.user.findUniqueOrThrow({ where: { email: DEMO_USERS.clinical_lead.email } });
      const item = await db.catalogueItem.findUniqueOrThrow({ where: { catalogueVersionId_key: { catalogueVersionId: "regional-2021", key: "1.1.3" } } });
      await db.returnAssignment.create({ data: { returnId: draft.id, catalogueItemId: item.id, userId: lead.id } });
      const last = await db.catalogueItem.findFirstOrThrow({ where: { catalogueVersionId: "regional-2021", kind: "item" }, orderBy: { position: "desc" } });
      return { returnId: draft.id, lastKey: last.key, lastAmbition: last.ambitionNumber };
    });
    await signInAs(page, "contributor");
    await page.goto(`/returns/${returnId}/items/1.1.2`);

    await page.getByLabel("Level 2").check();
    await page.getByLabel("How would you evidence achievement or progress at this level?").fill("Typed without JavaScript");
    await page.getByRole("button", { name: "Save and go to the next item" }).click();

    // 1.1.3 is the clinical lead's: the contributor goes on to 1.1.4, told 1.1.2 was saved.
    await expect(page).toHaveURL(new RegExp(`/returns/${returnId}/items/1\\.1\\.4\\?saved=1\\.1\\.2$`));
    await expect(page.locator(".nhsuk-notification-banner")).toContainText("Item 1.1.2 saved.");
    await expect(page.getByRole("heading", { level: 1 })).toContainText("1.1.4");

    // Nothing changed here: it says so, and still moves on.
    await page.getByRole("button", { name: "Save and go to the next item" }).click();
    await expect(page).toHaveURL(/\/items\/1\.1\.5\?unchanged=1\.1\.4$/);
    await expect(page.locator("main")).toContainText("Nothing changed in item 1.1.4");

    // The plain Save still goes back to the ambition page.
    await page.getByLabel("Level 4").check();
    await page.getByRole("button", { name: "Save and return to the ambition" }).click();
    await expect(page).toHaveURL(new RegExp(`/returns/${returnId}/ambitions/1\\?saved=1\\.1\\.5#item-1\\.1\\.5$`));

    // After the last item, back to its ambition's page.
    await page.goto(`/returns/${returnId}/items/${lastKey}`);
    await page.getByLabel("Level 1").check();
    await page.getByRole("button", { name: "Save and go to the next item" }).click();
    await expect(page).toHaveURL(new RegExp(`/returns/${returnId}/ambitions/${lastAmbition}\\?saved=`));
    await expect(page.locator(".nhsuk-notification-banner")).toContainText("saved.");

    const saved = await withAppDatabase((db) =>
      db.returnAnswer.findMany({ where: { returnId }, select: { level: true, evidence: true, catalogueItem: { select: { key: true } } }, orderBy: { catalogueItem: { position: "asc" } } }),
    );
    expect(saved.map((answer) => [answer.catalogueItem.key, answer.level])).toEqual([
      ["1.1.2", 2],
      ["1.1.5", 4],
      [lastKey, 1],
    ]);
    expect(saved[0]?.evidence).toBe("Typed without JavaScript");

    // The home page's "items assigned to you" lands on the first of them, not on ambition 1's top.
    await signInAs(page, "clinical_lead");
    const assigned = page.getByRole("link", { name: /No-JS next item/ }).first();
    await expect(assigned).toHaveAttribute("href", `/returns/${returnId}/ambitions/1#item-1.1.3`);
  });

  test("the return's page lists the ambitions as a task list: Not started, In progress, Completed, with items rated", async ({ page }) => {
    const returnId = await withAppDatabase(async (db) => {
      const ambitionTwo = await db.catalogueItem.findMany({ where: { catalogueVersionId: "regional-2021", kind: "item", ambitionNumber: 2 }, select: { key: true } });
      const keys = new Set(ambitionTwo.map((item) => item.key));
      return (await createReturnRow(db, BNSSG, "draft", "Task list", (key) => (keys.has(key) ? 3 : key === "1.1.2" ? 1 : null))).id;
    });
    await signInAs(page, "contributor");
    await page.goto(`/returns/${returnId}`);
    const list = page.locator("ul.nhsuk-task-list");
    await expect(list.locator("li")).toHaveCount(6);
    const task = (number: number) => list.locator("li").filter({ has: page.getByRole("link", { name: new RegExp(`^Ambition ${number}:`) }) });
    await expect(task(1).locator(".nhsuk-task-list__status")).toHaveText("In progress");
    await expect(task(1).locator(".nhsuk-task-list__hint")).toHaveText("1 of 19 items rated");
    await expect(task(2).locator(".nhsuk-task-list__status")).toHaveText("Completed");
    await expect(task(3).locator(".nhsuk-task-list__status")).toHaveText("Not started");
    await task(2).getByRole("link").click();
    await expect(page).toHaveURL(new RegExp(`/returns/${returnId}/ambitions/2$`));
  });
});

// Axe runs scripts in the page, so the same pages are checked with JavaScript on.
test.describe.configure({ timeout: 90_000 });
test("the item page with its two buttons, and the return's task list, have no accessibility violations", async ({ page }) => {
  const returnId = await withAppDatabase(async (db) => (await createReturnRow(db, BNSSG, "draft", "Task list axe", (key) => (key === "1.1.2" ? 2 : null))).id);
  await signInAs(page, "contributor");
  await page.goto(`/returns/${returnId}/items/1.1.3`);
  await expect(page.getByRole("button", { name: "Save and go to the next item" })).toBeVisible();
  await expectNoAxeViolations(page, "Item 1.1.3 - Self-assessment");
  // With JavaScript too, the second button moves on.
  await page.getByLabel("Level 5").check();
  await page.getByRole("button", { name: "Save and go to the next item" }).click();
  await expect(page).toHaveURL(/\/items\/1\.1\.4\?saved=1\.1\.3$/);
  await expectNoAxeViolations(page, "Item 1.1.4 - Self-assessment");
  await page.goto(`/returns/${returnId}`);
  await expect(page.locator("ul.nhsuk-task-list")).toBeVisible();
  await expectNoAxeViolations(page, "Self-assessment");
});
