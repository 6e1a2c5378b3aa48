// A return's life in the browser: a programme manager starts it, contributors rate items with
// evidence and gaps, a stale save is refused without losing anything typed, the manager
// checks their answers and submits, the board reads it, a clinical lead signs it off on the page
// that shows what they sign. Then the isolation between ICBs:
// another ICB's return is 404 by id, and a forged save for it changes nothing.
import { expectNoAxeViolations } from "./support/axe";
import { expect, test } from "@playwright/test";
import { createReturnRow, createUserInIcb, withAppDatabase } from "./fixtures/app-database";
import { postForm, readForm } from "./fixtures/forms";
import { DEMO_USERS, signInAs, signInWith } from "./support/sign-in";

const BNSSG = "Bristol, North Somerset and South Gloucestershire";

test.describe.configure({ mode: "serial" });

let returnUrl = "";
// Unique per run, so repeated runs on one database find their own return.
const RETURN_TITLE = `Browser test ${Date.now()}`;

test("a programme manager starts a self-assessment for their ICB", async ({ page }) => {
  await signInAs(page, "programme_manager");
  await page.getByRole("navigation", { name: "Primary navigation" }).getByRole("link", { name: "Self-assessments" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Self-assessments" })).toBeVisible();
  await expectNoAxeViolations(page, "Self-assessments");
  await page.getByRole("link", { name: "Start a new self-assessment" }).click();
  await expectNoAxeViolations(page, "Start a new self-assessment");

  // Nothing chosen: both problems named, nothing created.
  await page.getByLabel("Name of this self-assessment").fill("");
  await page.getByRole("button", { name: "Start self-assessment" }).click();
  await expect(page.locator(".nhsuk-error-summary")).toContainText("Enter a name for the self-assessment");

  await page.getByLabel("Organisation").selectOption({ label: BNSSG });
  await page.getByLabel("Name of this self-assessment").fill(RETURN_TITLE);
  await page.getByRole("button", { name: "Start self-assessment" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(RETURN_TITLE);
  await expect(page.locator(".nhsuk-tag").first()).toHaveText("Draft");
  returnUrl = new URL(page.url()).pathname;
  expect(returnUrl).toMatch(/^\/returns\/[0-9a-f-]{36}$/);
  // Nothing rated yet: every share is 0.0 and every item of ambition 4 is counted as not rated.
  const summary = page.getByRole("table", { name: /Share of each ambition/ });
  await expect(summary.getByRole("row", { name: /^4 Care is coordinated/ })).toContainText("23 / 23");
  await expect(page.getByText("No item is rated yet.")).toBeVisible();
  await expectNoAxeViolations(page, "Self-assessment");
});

test("the programme manager fills in the front sheet's details, including who with lived experience was involved", async ({ page }) => {
  await signInAs(page, "programme_manager");
  await page.goto(returnUrl);
  await page.getByRole("link", { name: "Change the details" }).click();
  await expectNoAxeViolations(page, "Change the details");
  await page.getByLabel("Name of person or group completing the self-assessment").fill("EoLC programme board");
  await page.getByLabel("Version control").fill("v0.2");
  const date = page.getByRole("group", { name: "Date of completion" });
  await date.getByLabel("Day").fill("30");
  await date.getByLabel("Month").fill("11");
  await date.getByLabel("Year").fill("2026");
  await page.getByLabel("People with lived experience involved").fill("Two carers from the carers' forum");
  await page.getByRole("button", { name: "Save details" }).click();
  await expect(page.locator(".nhsuk-notification-banner")).toContainText("Details saved.");
  const details = page.locator(".nhsuk-summary-list").first();
  await expect(details).toContainText("EoLC programme board");
  await expect(details).toContainText("v0.2");
  await expect(details).toContainText("30 November 2026");
  await expect(details).toContainText("Two carers from the carers' forum");
});

test("a contributor rates an item with evidence and gaps, with the keyboard, and the summary follows", async ({ page }) => {
  await signInAs(page, "contributor");
  await page.goto(returnUrl);
  await page.getByRole("link", { name: "Ambition 1: Each person is seen as an individual" }).click();
  await expectNoAxeViolations(page, "Ambition 1 - Self-assessment");
  await page.getByRole("link", { name: "Rate item 1.1.2" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("1.1.2");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Adults");
  await expectNoAxeViolations(page, "Item 1.1.2 - Self-assessment");

  await page.getByLabel("Level 3").focus();
  await page.keyboard.press("Space");
  await page.getByLabel("How would you evidence achievement or progress at this level?").fill("ReSPECT audit 2026\nAdvance care planning in 3 of 5 localities");
  await page.getByLabel("Where are the current gaps for your locality (NB: consider all care settings)").fill("Care homes in the south");
  await page.getByRole("button", { name: "Save and return to the ambition" }).press("Enter");

  await expect(page.locator(".nhsuk-notification-banner")).toContainText("Item 1.1.2 saved.");
  const entry = page.locator("#item-1\\.1\\.2");
  await expect(entry).toContainText("Level 3");
  await expect(entry).toContainText("Advance care planning in 3 of 5 localities");
  await expect(entry).toContainText("Care homes in the south");
  await expect(entry).toContainText(`by ${DEMO_USERS.contributor.name}`);

  await page.goto(returnUrl);
  // 1 of 19 items at level 3: 5.3%.
  const row = page.getByRole("table", { name: /Share of each ambition/ }).getByRole("row", { name: /^1 Each person is seen/ });
  await expect(row.getByRole("cell").nth(3)).toHaveText("5.3");
  await expect(row).toContainText("18 / 19");
});

test("an unnumbered 4.1.2 service is rated at its own address; not rated stays apart from level 0", async ({ page }) => {
  await signInAs(page, "contributor");
  await page.goto(`${returnUrl}/ambitions/4`);
  await page.getByRole("link", { name: "Rate item 4.1.2/ambulance" }).click();
  await expect(page).toHaveURL(new RegExp(`${returnUrl}/items/4\\.1\\.2/ambulance$`));
  await page.getByLabel("Level 0").check();
  await page.getByRole("button", { name: "Save and return to the ambition" }).click();
  await expect(page.locator("#item-4\\.1\\.2\\/ambulance")).toContainText("Level 0");
  await expect(page.locator("#item-4\\.1\\.2\\/hospice")).toContainText("Not yet rated");
});

test("a save from a page opened before a colleague's save is refused, and what was typed is kept", async ({ browser }) => {
  const first = await (await browser.newContext()).newPage();
  const second = await (await browser.newContext()).newPage();
  await signInAs(first, "contributor");
  await signInAs(second, "programme_manager");
  const item = `${returnUrl}/items/2.1.1`;
  await first.goto(item);
  await second.goto(item);

  await first.getByLabel("Level 2").check();
  await first.getByLabel("How would you evidence achievement or progress at this level?").fill("First colleague's evidence");
  await first.getByRole("button", { name: "Save and return to the ambition" }).click();
  await expect(first.locator("#item-2\\.1\\.1")).toContainText("Level 2");

  await second.getByLabel("Level 4").check();
  await second.getByLabel("How would you evidence achievement or progress at this level?").fill("Second colleague's evidence");
  await second.getByRole("button", { name: "Save and return to the ambition" }).click();
  await expect(second.locator(".nhsuk-error-summary")).toContainText("Someone else saved this item after you opened it");
  await expect(second.getByLabel("How would you evidence achievement or progress at this level?")).toHaveValue("Second colleague's evidence");
  await expect(second.getByLabel("Level 4")).toBeChecked();
  await expectNoAxeViolations(second, "Error: Item 2.1.1 - Self-assessment");
  const stored = await withAppDatabase((db) => db.returnAnswer.findFirst({ where: { returnId: returnUrl.split("/")[2], catalogueItem: { key: "2.1.1" } } }));
  expect(stored).toMatchObject({ level: 2, evidence: "First colleague's evidence" });

  // Having seen the warning, saving again replaces the answer deliberately.
  await second.getByRole("button", { name: "Save and return to the ambition" }).click();
  await expect(second.locator("#item-2\\.1\\.1")).toContainText("Level 4");

  // The first colleague's answer is not lost: it is the earlier version, with who saved it.
  await second.goto(item);
  const history = second.locator("details", { hasText: "Earlier versions (1)" });
  await history.getByText("Earlier versions (1)").click();
  await expect(history).toContainText(`Version 1, saved`);
  await expect(history).toContainText(`by ${DEMO_USERS.contributor.name}`);
  await expect(history).toContainText("Level 2");
  await expect(history).toContainText("First colleague's evidence");
  await expectNoAxeViolations(second, "Item 2.1.1 - Self-assessment");
  await first.context().close();
  await second.context().close();
});

test("a programme manager assigns an item: then only the assignee (and managers) can rate it", async ({ page }) => {
  test.slow(); // several people sign in in turn
  await signInAs(page, "programme_manager");
  await page.goto(`${returnUrl}/ambitions/3`);
  await page.getByRole("link", { name: "Assign item 3.1.1" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Who should rate item 3.1.1?");
  await expectNoAxeViolations(page, "Assign item 3.1.1 - Self-assessment");
  await page.getByLabel(DEMO_USERS.clinical_lead.name).check();
  await page.getByRole("button", { name: "Save assignment" }).click();
  await expect(page.locator(".nhsuk-notification-banner")).toContainText("Assignment for item 3.1.1 saved.");
  await expect(page.locator("#item-3\\.1\\.1")).toContainText(`Assigned to ${DEMO_USERS.clinical_lead.name}.`);

  await signInAs(page, "contributor");
  await page.goto(`${returnUrl}/ambitions/3`);
  await expect(page.getByRole("link", { name: "Rate item 3.1.1" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Rate item 3.2.1" })).toBeVisible();
  // Not a 404: the item says whose it is.
  await page.goto(`${returnUrl}/items/3.1.1`);
  await expect(page.locator("main")).toContainText(`This item is assigned to ${DEMO_USERS.clinical_lead.name}.`);
  await expect(page.getByRole("button", { name: "Save and return to the ambition" })).toHaveCount(0);

  await signInAs(page, "clinical_lead");
  await page.goto(`${returnUrl}/items/3.1.1`);
  await page.getByLabel("Level 4").check();
  await page.getByRole("button", { name: "Save and return to the ambition" }).click();
  await expect(page.locator("#item-3\\.1\\.1")).toContainText("Level 4");
});

test("a programme manager assigns a whole section at once", async ({ page }) => {
  await signInAs(page, "programme_manager");
  await page.goto(`${returnUrl}/ambitions/5`);
  await page.getByRole("link", { name: "Assign all items in 5.4" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Who should rate the items of 5.4");
  await expectNoAxeViolations(page, "Assign section 5.4 - Self-assessment");
  const items = await page.locator("main ul.nhsuk-list--bullet > li").count();
  expect(items).toBeGreaterThan(1);
  await page.getByLabel(DEMO_USERS.contributor.name).check();
  await page.getByRole("button", { name: "Save assignment" }).click();
  await expect(page.locator(".nhsuk-notification-banner")).toContainText(`Assignment for the ${items} items of 5.4`);
  const section = page.getByRole("region", { name: /^5\.4 / });
  await expect(section.getByText(`Assigned to ${DEMO_USERS.contributor.name}.`)).toHaveCount(items);
  // The form shows the section's common assignment when opened again.
  await page.getByRole("link", { name: "Assign all items in 5.4" }).click();
  await expect(page.getByLabel(DEMO_USERS.contributor.name)).toBeChecked();

  // The contributor's home page says what waits for them, and takes them there.
  await signInAs(page, "contributor");
  const waiting = page.getByRole("region", { name: "Waiting for you" });
  await expect(waiting).toContainText(`${items} items assigned to you, ${items} not yet rated.`);
  await expectNoAxeViolations(page);
  await waiting.getByRole("link", { name: new RegExp(RETURN_TITLE) }).click();
  await expect(page).toHaveURL(new RegExp(`${returnUrl}/ambitions/`));
});

test("the board sees no draft; once submitted, nobody edits it, the board reads it and a clinical lead signs it off", async ({ page }) => {
  test.slow(); // several people sign in in turn
  await signInAs(page, "board_member");
  expect((await page.request.get(returnUrl, { maxRedirects: 0 })).status()).toBe(404);

  await signInAs(page, "programme_manager");
  await page.goto(returnUrl);
  await expect(page.getByText("71 items are not yet rated.")).toBeVisible();
  await page.getByRole("link", { name: "Check your answers and submit" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Check your answers before submitting");
  await page.getByLabel(/I have checked this self-assessment/).check();
  await page.getByRole("button", { name: "Submit self-assessment" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`${RETURN_TITLE} has been submitted`);
  await page.goto(returnUrl);
  await expect(page.locator("h1 + p .nhsuk-tag")).toHaveText("Submitted");
  await expect(page.getByRole("link", { name: "Check your answers and submit" })).toHaveCount(0);

  await signInAs(page, "contributor");
  await page.goto(`${returnUrl}/ambitions/1`);
  await expect(page.locator("#item-1\\.1\\.2")).toContainText("Level 3");
  await expect(page.getByRole("link", { name: /^(Rate|Change) item/ })).toHaveCount(0);
  await page.goto(`${returnUrl}/items/1.1.2`);
  await expect(page.locator("main")).toContainText(`by ${DEMO_USERS.programme_manager.name}: its items cannot be changed unless it is returned to draft.`);

  await signInAs(page, "board_member");
  await page.goto("/returns");
  await expect(page.getByRole("link", { name: RETURN_TITLE })).toBeVisible();
  await page.goto(returnUrl);
  await expect(page.getByRole("button", { name: /Sign off/ })).toHaveCount(0);
  await expectNoAxeViolations(page, "Self-assessment");

  await signInAs(page, "clinical_lead");
  await expect(page.getByRole("region", { name: "Waiting for you" }).getByRole("link", { name: new RegExp(RETURN_TITLE) })).toBeVisible();
  await page.goto(returnUrl);
  await page.getByRole("link", { name: "Check and sign off the self-assessment" }).click();
  await page.getByLabel(/As the clinical lead for palliative and end of life care, I confirm/).check();
  await page.getByRole("button", { name: "Sign off self-assessment" }).click();
  await expect(page.locator(".nhsuk-notification-banner")).toContainText("Self-assessment signed off.");
  await expect(page.locator("h1 + p .nhsuk-tag")).toHaveText("Signed off");
  await expect(page.getByText(`by ${DEMO_USERS.clinical_lead.name}`)).toBeVisible();
});

test("next year, the programme manager starts a refresh from the signed-off return, with its answers copied in", async ({ page }) => {
  await signInAs(page, "programme_manager");
  await page.goto(returnUrl);
  await page.getByRole("link", { name: "Start a refresh from this self-assessment" }).click();
  await expectNoAxeViolations(page, "Start a refresh");
  await expect(page.getByLabel("Name of the new self-assessment")).toHaveValue(`${RETURN_TITLE} (refresh)`);
  await page.getByRole("button", { name: "Start refresh" }).click();
  await expect(page.locator(".nhsuk-notification-banner")).toContainText(`Refresh started from ${RETURN_TITLE}: 4 items copied.`);
  await expect(page.locator("h1 + p .nhsuk-tag")).toHaveText("Draft");
  const refreshUrl = new URL(page.url()).pathname;
  expect(refreshUrl).not.toBe(returnUrl);
  await expect(page.getByRole("link", { name: RETURN_TITLE, exact: true })).toHaveAttribute("href", returnUrl);
  await expect(page.getByText("71 items are not yet rated.")).toBeVisible();
  await expectNoAxeViolations(page, "Self-assessment");
  // The copied answer is there to revise, with its evidence.
  await page.goto(`${refreshUrl}/ambitions/1`);
  await expect(page.locator("#item-1\\.1\\.2")).toContainText("Level 3");
  // A draft has nothing to refresh from.
  expect((await page.request.get(`${refreshUrl}/refresh`, { maxRedirects: 0 })).status()).toBe(404);
});

test("a contributor of one ICB gets 404 for another ICB's return by id, and a forged save for it changes nothing", async ({ browser }) => {
  const password = "another ICB's long password";
  const { devonReturn, devonContributor } = await withAppDatabase(async (db) => ({
    devonReturn: await createReturnRow(db, "Devon", "draft", "Devon draft"),
    devonContributor: await createUserInIcb(db, "Devon", "contributor", password),
  }));
  const devonUrl = `/returns/${devonReturn.id}`;

  // Devon's own contributor sees the form as it really is, action id and bound return id included.
  const owner = await (await browser.newContext()).newPage();
  await signInWith(owner, devonContributor);
  await owner.goto(`${devonUrl}/items/1.1.2`);
  const fields = await readForm(owner, "Save and return to the ambition");
  const origin = new URL(owner.url()).origin;

  const attacker = await (await browser.newContext()).newPage();
  await signInAs(attacker, "contributor");
  for (const path of [devonUrl, `${devonUrl}/ambitions/1`, `${devonUrl}/items/1.1.2`, `${devonUrl}/details`]) {
    expect((await attacker.request.get(path, { maxRedirects: 0 })).status(), path).toBe(404);
  }
  await attacker.goto(devonUrl);
  await expect(attacker.getByRole("heading", { level: 1 })).toHaveText("Page not found");

  const forged = await postForm(attacker.request, `${devonUrl}/items/1.1.2`, { ...fields, level: "5", evidence: "Forged" }, origin);
  expect(forged.status()).toBe(404);
  expect(await withAppDatabase((db) => db.returnAnswer.count({ where: { returnId: devonReturn.id } }))).toBe(0);
  const denials = await withAppDatabase((db) =>
    db.auditEvent.count({ where: { action: "permission.denied", actorEmail: DEMO_USERS.contributor.email, targetId: devonReturn.organisationId } }),
  );
  expect(denials).toBeGreaterThan(0);

  // The same request from Devon's contributor saves: the forged one was well formed.
  const control = await postForm(owner.request, `${devonUrl}/items/1.1.2`, { ...fields, level: "2", evidence: "Devon's own" }, origin);
  expect(control.status()).toBe(303);
  expect(await withAppDatabase((db) => db.returnAnswer.findFirst({ where: { returnId: devonReturn.id } }))).toMatchObject({ level: 2, evidence: "Devon's own" });
  await owner.context().close();
  await attacker.context().close();
});
