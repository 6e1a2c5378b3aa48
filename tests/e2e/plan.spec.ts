// The improvement plan in the browser: a programme manager turns an item's gaps into an action
// (refused with field-named errors first, nothing typed lost), moves it on, and finds it in the
// organisation's plan; a board member filters the plan by owner, status and due date, overdue
// actions flagged. Every page passes axe, and the plan reads at 320 px.
import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { createReturnRow, findIcb, withAppDatabase } from "./fixtures/app-database";
import { createActionRow } from "./fixtures/plan-fixtures";
import { expectNoAxeViolations, expectNoSidewaysScroll } from "./support/axe";
import { signInAs } from "./support/sign-in";

const BNSSG = "Bristol, North Somerset and South Gloucestershire";
const RUN = randomUUID().slice(0, 8);
const GAP = `No shared advance care planning record across care homes ${RUN}`;
const WANT = `Every care home resident has an advance care plan ${RUN}`;
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

// Two long journeys (each with several axe checks) on a shared, loaded machine.
test.describe.configure({ timeout: 120_000 });

let returnId = "";
let returnTitle = "";
let icbId = "";

test.beforeAll(async () => {
  ({ returnId, returnTitle, icbId } = await withAppDatabase(async (db) => {
    const created = await createReturnRow(db, BNSSG, "signed_off", "Plan source", (key) => (key === "1.1.1" ? 2 : null), (key) => (key === "1.1.1" ? GAP : ""));
    const overdue = await createReturnRow(db, BNSSG, "submitted", "Plan filters");
    await createActionRow(db, { returnId: overdue.id, itemKey: "4.1.1", ambitionNumber: 4, wantTo: `Overdue one ${RUN}`, ownerName: `Filter Hospice ${RUN}`, dueDate: day(-20) });
    await createActionRow(db, { returnId: overdue.id, itemKey: null, ambitionNumber: 5, wantTo: `Due soon ${RUN}`, ownerName: `Filter Council ${RUN}`, dueDate: day(10), status: "in_progress" });
    await createActionRow(db, { returnId: overdue.id, itemKey: null, ambitionNumber: 5, wantTo: `Done already ${RUN}`, ownerName: `Filter Council ${RUN}`, dueDate: day(-40), status: "done" });
    // Published long before any other BNSSG return, not now: as BNSSG's latest published returns they would change
    // the regional comparison that later tests read.
    const longAgo = new Date("2001-04-01T12:00:00Z");
    await db.assessmentReturn.updateMany({ where: { id: { in: [created.id, overdue.id] } }, data: { submittedAt: longAgo } });
    await db.assessmentReturn.update({ where: { id: created.id }, data: { signedOffAt: longAgo } });
    return { returnId: created.id, returnTitle: created.title, icbId: (await findIcb(db, BNSSG)).id };
  }));
});

test("a programme manager creates an action from an item's gaps, moves it on, and finds it in the plan", async ({ page }) => {
  await signInAs(page, "programme_manager");
  await page.goto(`/returns/${returnId}/items/1.1.1`);
  await page.getByRole("link", { name: "Create an action from this gap" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Create an action");
  await expect(page.getByText(GAP)).toBeVisible();
  await expectNoAxeViolations(page, "Create an action");

  // Nothing filled in: each field says what is missing, and the summary links to it.
  await page.getByLabel("We will do this by").fill("Training care home staff");
  await page.getByRole("button", { name: "Create action" }).click();
  const summary = page.getByRole("alert");
  await expect(summary.getByRole("link", { name: "Enter what you want to achieve" })).toBeVisible();
  await expect(summary.getByRole("link", { name: "Choose who owns this action" })).toBeVisible();
  await expect(summary.getByRole("link", { name: "Enter the due date" })).toBeVisible();
  await expect(page.getByLabel("We will do this by")).toHaveValue("Training care home staff");
  await expectNoAxeViolations(page);

  await page.getByLabel("We want to").fill(WANT);
  await page.getByLabel("A named organisation, such as a hospice or a council").check();
  await page.getByLabel("Name of the organisation").fill("St Peter's Hospice");
  const due = page.getByRole("group", { name: "Due date" });
  await due.getByLabel("Day").fill("31");
  await due.getByLabel("Month").fill("3");
  await due.getByLabel("Year").fill("2099");
  await page.getByRole("button", { name: "Create action" }).click();

  await expect(page.getByText("Action created.")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(WANT);
  await expect(page.getByRole("link", { name: new RegExp(`Gap from Item 1\\.1\\.1, ${returnTitle}`) })).toBeVisible();
  await expectNoAxeViolations(page, "Action");

  await page.getByLabel("In progress").check();
  await page.getByLabel("Update", { exact: true }).fill("Two homes trained");
  await page.getByRole("button", { name: "Update status" }).click();
  await expect(page.getByText("Changes saved.")).toBeVisible();
  const history = page.getByRole("table", { name: "History" });
  await expect(history.getByRole("row")).toHaveCount(4); // header, created, status, update
  await expect(history).toContainText("Status: Not started → In progress");
  await expect(history).toContainText("Update: (nothing) → Two homes trained");

  await page.getByRole("link", { name: "Back to the improvement plan" }).click();
  await expect(page).toHaveURL(new RegExp(`/organisations/${icbId}/plan$`));
  const row = page.getByRole("row").filter({ hasText: WANT });
  await expect(row).toContainText(GAP);
  await expect(row).toContainText("In progress");
  // The signed-off return still shows the action raised from it.
  await page.goto(`/returns/${returnId}/items/1.1.1`);
  await expect(page.getByRole("link", { name: WANT })).toBeVisible();
});

test("a board member filters the plan by owner, status and due date; overdue actions are flagged", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await signInAs(page, "board_member");
  await page.goto("/plan");
  await expect(page).toHaveURL(new RegExp(`/organisations/${icbId}/plan$`));
  await expectNoAxeViolations(page, "Improvement plan");
  await expectNoSidewaysScroll(page);

  await page.getByLabel("Owner").selectOption({ label: `Filter Council ${RUN}` });
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page.getByRole("row").filter({ hasText: `Due soon ${RUN}` })).toBeVisible();
  await expect(page.getByRole("row").filter({ hasText: `Done already ${RUN}` })).toBeVisible();
  await expect(page.getByRole("row").filter({ hasText: `Overdue one ${RUN}` })).toHaveCount(0);

  await page.getByLabel("Status").selectOption({ label: "Done" });
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page.getByRole("row").filter({ hasText: `Done already ${RUN}` })).toBeVisible();
  await expect(page.getByRole("row").filter({ hasText: `Due soon ${RUN}` })).toHaveCount(0);

  await page.getByRole("link", { name: "Clear filters" }).click();
  await expect(page).toHaveURL(new RegExp(`/organisations/${icbId}/plan$`));
  // Cleared means the choices too, not only the address.
  await expect(page.getByLabel("Owner")).toHaveValue("");
  await page.getByLabel("Due date").selectOption({ label: "Overdue" });
  await page.getByRole("button", { name: "Apply filters" }).click();
  const overdue = page.getByRole("row").filter({ hasText: `Overdue one ${RUN}` });
  await expect(overdue).toContainText("Overdue");
  await expect(page.getByRole("row").filter({ hasText: `Due soon ${RUN}` })).toHaveCount(0);
  // Done is never overdue, however late.
  await expect(page.getByRole("row").filter({ hasText: `Done already ${RUN}` })).toHaveCount(0);

  await page.getByRole("link", { name: "Clear filters" }).click();
  await expect(page).toHaveURL(new RegExp(`/organisations/${icbId}/plan$`));
  // Cleared means the choices too, not only the address.
  await expect(page.getByLabel("Owner")).toHaveValue("");
  await page.getByLabel("Due date").selectOption({ label: "Due in the next 30 days" });
  await page.getByLabel("Ambition", { exact: true }).selectOption({ label: "Ambition 5" });
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page.getByRole("row").filter({ hasText: `Due soon ${RUN}` })).toBeVisible();
  await expect(page.getByRole("row").filter({ hasText: `Overdue one ${RUN}` })).toHaveCount(0);
  await expectNoAxeViolations(page, "Improvement plan");
  // A board member reads but does not change an action.
  await page.getByRole("link", { name: `Due soon ${RUN}` }).click();
  await expect(page.getByRole("button", { name: "Update status" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Change the action" })).toHaveCount(0);
  await expectNoAxeViolations(page, "Action");
});
