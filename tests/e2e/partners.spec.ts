// Partners' returns in the browser: the ICB's programme manager asks two new places to
// self-assess, reads what they said on an item of the ICB's draft (each partner, the counts, the
// proposed level and why), uses the proposal or gives a reason for another level, and finds the
// partners' gaps by ambition with "Make an action". Then "what moved and why": on a refreshed
// return an item whose level moved asks why, and the dashboard shows the reason.
import { expect, test } from "@playwright/test";
import { createPlace, createReturnRow, withAppDatabase } from "./fixtures/app-database";
import { expectNoAxeViolations, expectNoSidewaysScroll } from "./support/axe";
import { signInAs } from "./support/sign-in";

const BNSSG = "Bristol, North Somerset and South Gloucestershire";
// Each test walks several pages as two people; on a loaded machine that outlasts the default 30 s.
test.describe.configure({ timeout: 120_000 });

test("the ICB's programme manager asks places to self-assess and reads what they said on an item, with a proposed level", async ({ page }) => {
  const { icbDraft, north, south } = await withAppDatabase(async (db) => ({
    icbDraft: await createReturnRow(db, BNSSG, "draft", "Partners ICB draft"),
    north: await createPlace(db, BNSSG, "Partners north"),
    south: await createPlace(db, BNSSG, "Partners south"),
  }));
  await signInAs(page, "programme_manager");
  await page.goto(`/returns/${icbDraft.id}`);
  await page.getByRole("link", { name: "Partners' self-assessments" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Ask partners to self-assess");
  await page.getByRole("checkbox", { name: north.name }).check();
  await page.getByRole("checkbox", { name: south.name }).check();
  await page.getByRole("button", { name: "Ask them to self-assess" }).click();
  await expect(page.getByRole("alert", { name: "Success" })).toContainText("2 partner self-assessments started");
  const table = page.getByRole("table", { name: "Places and providers" });
  await expect(table.getByRole("row", { name: new RegExp(north.name) })).toContainText("Draft");
  await expect(table.getByRole("row", { name: new RegExp(north.name) })).toContainText("0 of 75 items rated");
  await expectNoAxeViolations(page, "Ask partners to self-assess");

  // The partners answer 1.1.2 in their own returns (their people would, through their memberships).
  await withAppDatabase(async (db) => {
    const item = await db.catalogueItem.findUniqueOrThrow({ where: { catalogueVersionId_key: { catalogueVersionId: "regional-2021", key: "1.1.2" } } });
    const partnerReturns = await db.assessmentReturn.findMany({ where: { partnerOfId: icbDraft.id } });
    expect(partnerReturns.map((row) => row.catalogueVersionId)).toEqual(["regional-2021", "regional-2021"]);
    for (const row of partnerReturns) {
      const isNorth = row.organisationId === north.id;
      await db.returnAnswer.create({
        data: {
          returnId: row.id,
          catalogueItemId: item.id,
          level: isNorth ? 4 : 2,
          evidence: isNorth ? "North audit of advance care plans" : "",
          gaps: isNorth ? "Out-of-hours access in the north" : "No shared care record in the south",
        },
      });
    }
  });

  await page.goto(`/returns/${icbDraft.id}/items/1.1.2`);
  const said = page.getByRole("region", { name: "What our partners said" });
  await expect(said).toContainText("2 partners asked");
  await expect(said.getByRole("heading", { name: `${north.name} (draft)` })).toBeVisible();
  await expect(said).toContainText("North audit of advance care plans");
  await expect(said).toContainText("No shared care record in the south");
  const counts = said.getByRole("table", { name: "How many partners are at each level" });
  await expect(counts.getByRole("row", { name: /^Level 4/ }).getByRole("cell")).toHaveText("1");
  await expect(counts.getByRole("row", { name: /^Level 2/ }).getByRole("cell")).toHaveText("1");
  // One of two at 3 or above: not more than half, so 3 ("one or two organisations only").
  await expect(said).toContainText("1 of 2 partners is at level 3 or above, not more than half");
  await said.getByRole("button", { name: "Use the proposed level (Level 3)" }).click();
  await expect(page.getByRole("radio", { name: "Level 3" })).toBeChecked();
  await expect(page.getByText("If you choose a level other than the proposed Level 3, say why")).toBeVisible();
  await page.getByRole("radio", { name: "Level 2" }).check();
  await expect(page.getByText("You chose a level other than the proposed Level 3: please say why.")).toBeVisible();
  await page.getByLabel("Why this level? (optional)").fill("The north's audit covers one team only.");
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Save" }).first().click();
  await expect(page).toHaveURL(/\/ambitions\/1/);
  const saved = await withAppDatabase((db) =>
    db.returnAnswer.findFirstOrThrow({ where: { returnId: icbDraft.id, catalogueItem: { key: "1.1.2" } }, select: { level: true, levelReason: true } }),
  );
  expect(saved).toEqual({ level: 2, levelReason: "The north's audit covers one team only." });

  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto(`/returns/${icbDraft.id}/items/1.1.2`);
  await expect(page.getByRole("region", { name: "What our partners said" })).toBeVisible();
  await expectNoSidewaysScroll(page);
  await page.setViewportSize({ width: 1280, height: 800 });

  await page.goto(`/returns/${icbDraft.id}/partner-gaps/1`);
  const gap = page.getByRole("listitem").filter({ hasText: "Out-of-hours access in the north" });
  await expect(gap).toContainText(north.name);
  const southItem = page.getByRole("listitem").filter({ hasText: "No shared care record in the south" });
  const partnerReturn = await withAppDatabase((db) => db.assessmentReturn.findFirstOrThrow({ where: { partnerOfId: icbDraft.id, organisationId: south.id } }));
  await expect(southItem.getByRole("link", { name: /^Make an action/ })).toHaveAttribute(
    "href",
    `/actions/new?return=${icbDraft.id}&item=1.1.2&source=${partnerReturn.id}`,
  );
  await expectNoAxeViolations(page, "What partners said: ambition 1");

  // A partner sees only its own return: the north's people get 404 on the ICB's draft (policy unit and integration tests cover every role).
});

test("on a refreshed return a moved item asks why, and the dashboard shows the move with its reason", async ({ page }) => {
  const { place, previous, refreshed } = await withAppDatabase(async (db) => {
    const place = await createPlace(db, BNSSG, "Moves place");
    const items = await db.catalogueItem.findMany({ where: { catalogueVersionId: "regional-2021", kind: "item" }, select: { id: true, key: true } });
    const previous = await db.assessmentReturn.create({
      data: {
        organisationId: place.id,
        catalogueVersionId: "regional-2021",
        title: "Moves 2024/25",
        status: "submitted",
        submittedAt: new Date(Date.now() - 86_400_000),
        answers: { create: items.map((item) => ({ catalogueItemId: item.id, level: 3 })) },
      },
    });
    const refreshed = await db.assessmentReturn.create({
      data: {
        organisationId: place.id,
        catalogueVersionId: "regional-2021",
        title: "Moves 2025/26",
        status: "draft",
        basedOnId: previous.id,
        answers: { create: items.map((item) => ({ catalogueItemId: item.id, level: 3 })) },
      },
    });
    return { place, previous, refreshed };
  });
  expect(previous.id).not.toBe(refreshed.id);
  await signInAs(page, "programme_manager");
  await page.goto(`/returns/${refreshed.id}/items/2.1.1`);
  await expect(page.getByText("The self-assessment this came from had Level 3. If the level changes, say why")).toBeVisible();
  await page.getByRole("radio", { name: "Level 4" }).check();
  await expect(page.getByText("This item was Level 3 last time: please say why it moved.")).toBeVisible();
  await page.getByLabel("Why this level? (optional)").fill("A shared register now covers every practice.");
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Save" }).first().click();
  await expect(page).toHaveURL(/\/ambitions\/2/);

  await withAppDatabase((db) => db.assessmentReturn.update({ where: { id: refreshed.id }, data: { status: "submitted", submittedAt: new Date() } }));
  await signInAs(page, "board_member");
  await page.goto(`/dashboards/${place.id}`);
  const moved = page.getByRole("table", { name: "Items that moved" });
  const row = moved.getByRole("row", { name: /2\.1\.1/ });
  await expect(row.getByRole("cell")).toHaveText(["Level 3", "Level 4", "A shared register now covers every practice."]);
  await expect(moved.getByRole("row")).toHaveCount(2);
  await expectNoAxeViolations(page);
});
