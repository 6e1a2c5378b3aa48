// A deliberate hand-in: the programme manager checks their answers (what is not rated, what is
// rated high with no evidence, the empty front-sheet fields, assigned items not rated) and
// confirms; a clinical lead signs off on a page that shows what they sign; an administrator
// returns it to draft with a reason, which the board and the region then read. Items that may
// be read but not changed say why instead of "Page not found", and a blank save is not "saved".
import { expect, test } from "@playwright/test";
import { createReturnRow, withAppDatabase } from "./fixtures/app-database";
import { expectNoAxeViolations } from "./support/axe";
import { DEMO_USERS, signInAs } from "./support/sign-in";

const BNSSG = "Bristol, North Somerset and South Gloucestershire";
const REASON = "Ambition 4 was rated against last year's evidence; the hospice figures are missing.";

test.describe.configure({ mode: "serial" });

let returnId = "";
let title = "";

test.beforeAll(async () => {
  // Three items rated, 1.1.1 at level 3 with no evidence; 2.1.1 assigned to the contributor, not rated.
  const levels: Record<string, number> = { "1.1.1": 3, "1.1.2": 2, "3.2.1": 1 };
  ({ id: returnId, title } = await withAppDatabase(async (db) => {
    const created = await createReturnRow(db, BNSSG, "draft", "Hand-in", (key) => levels[key] ?? null);
    const contributor = await db.user.findUniqueOrThrow({ where: { email: DEMO_USERS.contributor.email } });
    const item = await db.catalogueItem.findUniqueOrThrow({ where: { catalogueVersionId_key: { catalogueVersionId: "regional-2021", key: "2.1.1" } } });
    await db.returnAssignment.create({ data: { returnId: created.id, catalogueItemId: item.id, userId: contributor.id } });
    return created;
  }));
});

test("the programme manager checks their answers, confirms, and is told who can now see it", async ({ page }) => {
  await signInAs(page, "programme_manager");
  await page.goto(`/returns/${returnId}`);
  await page.getByRole("link", { name: "Check your answers and submit" }).click();
  await expectNoAxeViolations(page, "Check your answers before submitting");
  await expect(page.getByText("3 of 75 items are rated.")).toBeVisible();

  const unrated = page.getByRole("region", { name: /^Ambition 1: .*\(17 of 19 not yet rated\)$/ });
  await expect(unrated.getByRole("link", { name: /^1\.1\.3 / })).toHaveAttribute("href", `/returns/${returnId}/items/1.1.3`);
  await expect(unrated.getByRole("link", { name: /^1\.1\.1 / })).toHaveCount(0);
  await expect(page.getByRole("region", { name: /^Ambition 4: .*\(23 of 23 not yet rated\)$/ })).toBeVisible();

  const noEvidence = page.locator("h2#no-evidence + p + ul");
  await expect(noEvidence.getByRole("link")).toHaveCount(1);
  await expect(noEvidence).toContainText("1.1.1");
  await expect(noEvidence).toContainText("(Level 3)");

  const frontSheet = page.locator(".nhsuk-summary-list");
  for (const field of ["Name of person or group completing the self-assessment", "Date of completion", "People with lived experience involved"]) {
    await expect(frontSheet.locator(".nhsuk-summary-list__row", { hasText: field })).toContainText("Not given");
  }
  await expect(page.locator("h2#assigned + ul")).toContainText(`assigned to ${DEMO_USERS.contributor.name}`);
  await expect(page.locator("h2#assigned + ul").getByRole("link", { name: /^2\.1\.1 / })).toBeVisible();

  // Not confirmed: refused, nothing submitted.
  await page.getByRole("button", { name: "Submit self-assessment" }).click();
  await expect(page.locator(".nhsuk-error-summary")).toContainText("Confirm that you have checked the self-assessment");
  await expectNoAxeViolations(page, "Error: Check your answers before submitting");

  await page.getByLabel(/I have checked this self-assessment/).check();
  await page.getByRole("button", { name: "Submit self-assessment" }).click();
  await expect(page).toHaveURL(new RegExp(`/returns/${returnId}/submitted$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`${title} has been submitted`);
  await expect(page.getByRole("heading", { level: 2, name: "Who can now see it" })).toBeVisible();
  await expect(page.locator("main")).toContainText(`Board members of ${BNSSG}`);
  await expectNoAxeViolations(page, "Self-assessment submitted");
});

test("the clinical lead signs off on a page showing the summary, the completeness and the front sheet", async ({ page }) => {
  await signInAs(page, "clinical_lead");
  await page.goto(`/returns/${returnId}`);
  await page.getByRole("link", { name: "Check and sign off the self-assessment" }).click();
  await expectNoAxeViolations(page, "Sign off the self-assessment");
  await expect(page.getByRole("table", { name: /Share of each ambition/ })).toBeVisible();
  await expect(page.getByText("3 of 75 items rated; 72 not yet rated.")).toBeVisible();
  await expect(page.getByText("1 item rated level 3 or above with no evidence.")).toBeVisible();
  await expect(page.locator("main")).toContainText(`by ${DEMO_USERS.programme_manager.name}`);
  await expect(page.locator(".nhsuk-summary-list")).toContainText("Not given");

  await page.getByRole("button", { name: "Sign off self-assessment" }).click();
  await expect(page.locator(".nhsuk-error-summary")).toContainText("Confirm the sign-off");
  await page.getByLabel(/As the clinical lead/).check();
  await page.getByRole("button", { name: "Sign off self-assessment" }).click();
  await expect(page.locator(".nhsuk-notification-banner")).toContainText("Self-assessment signed off.");
  await expect(page.locator("h1 + p .nhsuk-tag")).toHaveText("Signed off");
  const signOff = page.locator(".nhsuk-summary-list__row", { hasText: "Sign off by locality clinical lead" });
  await expect(signOff).toContainText(`by ${DEMO_USERS.clinical_lead.name}`);

  // Someone who reads it but may not change it is told why, not "Page not found".
  await signInAs(page, "contributor");
  await page.goto(`/returns/${returnId}/items/1.1.2`);
  await expect(page.locator("main")).toContainText(`by ${DEMO_USERS.clinical_lead.name} and can no longer be changed.`);
  await expect(page.getByRole("heading", { level: 1 })).not.toHaveText("Page not found");
  await expectNoAxeViolations(page, "Item 1.1.2 - Self-assessment");
});

test("an administrator returns the signed-off return to draft with a reason, which the board and the region read", async ({ page }) => {
  test.slow(); // several people sign in in turn
  await signInAs(page, "administrator");
  await page.goto(`/returns/${returnId}/reopen`);
  await expectNoAxeViolations(page, "Return to draft");
  await page.getByRole("button", { name: "Return to draft" }).click();
  await expect(page.locator(".nhsuk-error-summary")).toContainText("Enter why the self-assessment is being returned to draft");
  await expectNoAxeViolations(page, "Error: Return to draft");
  await page.getByLabel("Why is it being returned to draft?").fill(REASON);
  await page.getByRole("button", { name: "Return to draft" }).click();
  await expect(page).toHaveURL(/\/admin\/audit/);

  await signInAs(page, "board_member");
  // A draft again: the board cannot open it, and its dashboard says why it is not there.
  expect((await page.request.get(`/returns/${returnId}`, { maxRedirects: 0 })).status()).toBe(404);
  await page.goto("/dashboard");
  const note = page.locator(".nhsuk-warning-callout", { hasText: "Returned to draft" });
  await expect(note).toContainText(`by ${DEMO_USERS.administrator.name}: ${REASON}`);
  await expect(note).toContainText(`${title} of ${BNSSG} is a draft again`);
  await expectNoAxeViolations(page);

  await signInAs(page, "regional_lead");
  await page.goto("/regions");
  await expect(page.locator(".nhsuk-warning-callout", { hasText: title })).toContainText(REASON);
  await expectNoAxeViolations(page);
});

test("back in draft, the programme manager sees why; a save that changes nothing does not say saved", async ({ page }) => {
  await signInAs(page, "programme_manager");
  await page.goto(`/returns/${returnId}`);
  await expect(page.locator("h1 + p .nhsuk-tag")).toHaveText("Draft");
  await expect(page.locator(".nhsuk-warning-callout", { hasText: "Returned to draft" })).toContainText(`by ${DEMO_USERS.administrator.name}: ${REASON}`);
  await expectNoAxeViolations(page, "Self-assessment");

  await page.goto(`/returns/${returnId}/items/1.2.1`);
  await page.getByRole("button", { name: "Save and return to the ambition" }).click();
  // The page's own status message, not one of the editor's per-item save states.
  await expect(page.locator('.nhsuk-inset-text[role="status"]')).toContainText("Nothing changed in item 1.2.1, so there was nothing to save.");
  await expect(page.locator(".nhsuk-notification-banner--success")).toHaveCount(0);
  await expectNoAxeViolations(page, "Ambition 1 - Self-assessment");
});
