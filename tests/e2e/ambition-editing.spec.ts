// Editing on the ambition page (issue 10): a contributor rates every item with the keyboard
// alone and the return's summary equals the `score` command's for those levels; the page has no
// axe violations and no sideways scroll at 320 px; readers keep the read view; the filters.
// Each test makes its own draft and people (tests/e2e/support/ambition-editor.ts).
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { withAppDatabase } from "./fixtures/app-database";
import { expectNoAxeViolations, expectNoSidewaysScroll } from "./support/axe";
import { signInWith } from "./support/sign-in";
import { UNREAD_ICB, draftWithContributors, evidenceOf, expectSaved, itemOf } from "./support/ambition-editor";

/** The levels the contributor gives, in page order: every level, and some left not yet rated. */
const PATTERN: (number | null)[] = [3, 0, 5, null, 2, 4, 1, 3];

/** Which item's level group has focus, or null when focus is elsewhere. */
function focusedItem(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const active = document.activeElement;
    if (!(active instanceof HTMLInputElement) || active.type !== "radio") return null;
    return active.closest("li.app-editor-item")?.id.replace(/^item-/, "") ?? null;
  });
}

test("a contributor rates all 75 items with the keyboard alone, and the summary equals the score command's", async ({ page }) => {
  test.setTimeout(600_000);
  const { url, users } = await draftWithContributors(1);
  await signInWith(page, users[0]!, { callbackUrl: `${url}/ambitions/1` });
  const levels: Record<string, number> = {};
  let index = 0;
  for (let ambition = 1; ambition <= 6; ambition += 1) {
    await page.goto(`${url}/ambitions/${ambition}`);
    // Into the page's first level choice from the top, by Tab alone.
    const onPage = await page.locator("li.app-editor-item").count();
    const seen = new Set<string>();
    let rated = 0;
    for (let presses = 0; presses < 2000 && seen.size < onPage; presses += 1) {
      await page.keyboard.press("Tab");
      const key = await focusedItem(page);
      if (key === null || seen.has(key)) continue;
      seen.add(key);
      const level = PATTERN[index % PATTERN.length]!;
      index += 1;
      if (level !== null) {
        // Focus lands on the checked choice, "Not yet rated" (the last): the arrow wraps round to Level 0 first.
        for (let step = 0; step <= level; step += 1) await page.keyboard.press("ArrowRight");
        levels[key] = level;
        rated += 1;
      }
      // Level, evidence, gaps, then on to the next item.
      await page.keyboard.press("Tab");
      if (index % 5 === 0) await page.keyboard.type(`Evidence for ${key}`);
      await page.keyboard.press("Tab");
    }
    await expect(page.getByRole("status").filter({ hasText: /^Saved at/ })).toHaveCount(rated, { timeout: 30_000 });
  }
  expect(Object.keys(levels).length).toBe(PATTERN.filter((level) => level !== null).length * 9 + 3); // 75 items, 8 per round

  const stored = await withAppDatabase((db) =>
    db.returnAnswer.findMany({ where: { returnId: url.split("/")[2] }, select: { level: true, catalogueItem: { select: { key: true } } } }),
  );
  // Items left unrated but with evidence typed are stored without a level.
  expect(Object.fromEntries(stored.filter((answer) => answer.level !== null).map((answer) => [answer.catalogueItem.key, answer.level]))).toEqual(levels);

  const file = path.join(mkdtempSync(path.join(os.tmpdir(), "editor-score-")), "levels.json");
  writeFileSync(file, JSON.stringify({ catalogue: "regional-2021", levels }));
  const score = JSON.parse(execFileSync("node", ["--import", "tsx", "scripts/ambitions.ts", "score", file, "--json"], { encoding: "utf8" })) as {
    ambitions: { ambition: number; items: number; notRated: number; shares: number[]; level3Plus: number }[];
    overall: { items: number; notRated: number; shares: number[]; level3Plus: number };
  };
  await page.goto(url);
  const table = page.getByRole("table", { name: /Share of each ambition/ });
  const cells = (group: { items: number; notRated: number; shares: number[]; level3Plus: number }) => [
    ...group.shares.map((share) => share.toFixed(1)),
    group.level3Plus.toFixed(1),
    `${group.notRated} / ${group.items}`,
  ];
  for (const ambition of score.ambitions) {
    await expect(table.getByRole("row", { name: new RegExp(`^${ambition.ambition} `) }).getByRole("cell")).toHaveText(cells(ambition));
  }
  await expect(table.getByRole("row", { name: /^All ambitions/ }).getByRole("cell")).toHaveText(cells(score.overall));
});

test("the editing pages have no axe violations, headings in order, and no sideways scroll at 320 px", async ({ page }) => {
  test.setTimeout(300_000); // axe reads six long pages
  const { url, users } = await draftWithContributors(1, (key) => (key === "4.1.2/hospice" ? 2 : null));
  await signInWith(page, users[0]!, { callbackUrl: `${url}/ambitions/1` });
  for (let ambition = 1; ambition <= 6; ambition += 1) {
    await page.goto(`${url}/ambitions/${ambition}`);
    await expectNoAxeViolations(page, `Ambition ${ambition} - Self-assessment`);
  }
  // The 4.1.2 services: a compact group under their stem, each with its own choice.
  await page.goto(`${url}/ambitions/4`);
  const stem = page.locator("li.app-answer-stem", { hasText: "4.1.2" });
  await expect(stem.locator("ul.app-answers--compact > li")).toHaveCount(10);
  await expect(itemOf(page, "4.1.2/hospice").getByRole("radio", { name: "Level 2" })).toBeChecked();
  await expect(itemOf(page, "4.1.2/hospice")).toContainText("Level 2: ");
  // A saved item, its state and the levels' meaning open.
  await evidenceOf(itemOf(page, "4.1.1")).fill("Shared care record in use");
  await expectSaved(itemOf(page, "4.1.1"));
  await page.getByText("What the levels mean").first().click();
  await expectNoAxeViolations(page);
  await page.setViewportSize({ width: 320, height: 800 });
  // Named when it fails: the elements that stick out past the viewport.
  const wide = await page.evaluate(() =>
    [...document.querySelectorAll("main *")]
      .filter((element) => element.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
      .slice(0, 5)
      .map((element) => `${element.tagName.toLowerCase()}.${element.className} ${Math.round(element.getBoundingClientRect().right)}`),
  );
  expect(wide).toEqual([]);
  await expectNoSidewaysScroll(page);
});

test("a reader keeps the read view; a submitted return is read, not edited", async ({ page }) => {
  test.slow();
  const { url, returnId, users } = await draftWithContributors(1, (key) => (key === "1.1.2" ? 3 : null), { icbName: UNREAD_ICB, role: "board_member" });
  await withAppDatabase((db) => db.assessmentReturn.update({ where: { id: returnId }, data: { status: "submitted", submittedAt: new Date() } }));
  await signInWith(page, users[0]!);
  await page.goto(`${url}/ambitions/1`);
  await expect(page.getByRole("textbox")).toHaveCount(0);
  await expect(page.getByRole("radio")).toHaveCount(0);
  await expect(itemOf(page, "1.1.2")).toContainText("Level 3");
  await expectNoAxeViolations(page, "Ambition 1 - Self-assessment");
});

test("filters: not yet rated, assigned to me, changed since I last looked", async ({ browser }) => {
  test.slow();
  const { url, returnId, users } = await draftWithContributors(2, (key) => (key.startsWith("2.") && key !== "2.6.1" ? 1 : null));
  const [ada, bea] = [users[0]!, users[1]!];
  await withAppDatabase(async (db) => {
    const item = await db.catalogueItem.findFirstOrThrow({ where: { catalogueVersionId: "regional-2021", key: "2.3.1" } });
    await db.returnAssignment.create({ data: { returnId, catalogueItemId: item.id, userId: ada.id } });
  });
  const page = await (await browser.newContext()).newPage();
  await signInWith(page, ada, { callbackUrl: `${url}/ambitions/2` });
  const filters = page.getByRole("navigation", { name: "Show items" });
  await expect(filters.getByRole("link", { name: "All items" })).toHaveAttribute("aria-current", "page");

  await filters.getByRole("link", { name: "Not yet rated" }).click();
  await expect(page).toHaveURL(/filter=unrated/);
  await expect(page.locator("li.app-editor-item")).toHaveCount(1);
  await expect(itemOf(page, "2.6.1")).toBeVisible();
  await expect(page.getByText("Showing 1 of 6 items.")).toBeVisible();

  await page.getByRole("navigation", { name: "Show items" }).getByRole("link", { name: "Assigned to me" }).click();
  await expect(page.locator("li.app-editor-item")).toHaveCount(1);
  await expect(itemOf(page, "2.3.1")).toBeVisible();

  // A colleague saves after Ada looked: changed since she last looked (her own saves are not).
  const other = await (await browser.newContext()).newPage();
  await signInWith(other, bea, { callbackUrl: `${url}/ambitions/2` });
  await evidenceOf(itemOf(other, "2.5.1")).fill("Bea's change");
  await expectSaved(itemOf(other, "2.5.1"));
  await page.goto(`${url}/ambitions/2`);
  await evidenceOf(itemOf(page, "2.4.1")).fill("Ada's own change");
  await expectSaved(itemOf(page, "2.4.1"));
  await page.getByRole("navigation", { name: "Show items" }).getByRole("link", { name: "Changed since I last looked" }).click();
  await expect(page.locator("li.app-editor-item")).toHaveCount(1);
  await expect(itemOf(page, "2.5.1")).toBeVisible();
  await expectNoAxeViolations(page);
  await page.context().close();
  await other.context().close();
});
