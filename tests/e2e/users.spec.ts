// User administration: an administrator removes a role or disables an account, and the person
// loses it on their very next page, with no wait for a session to expire.
import { expect, test } from "@playwright/test";
import { createUserInIcb, findIcb, withAppDatabase } from "./fixtures/app-database";
import { DEMO_USERS, signInAs, signInWith } from "./support/sign-in";
import { expectNoAxeViolations } from "./support/axe";

const PASSWORD = "a long enough password";

test("removing a programme manager's role and then disabling their account take effect on their next page", async ({ browser }) => {
  test.slow(); // two people sign in
  const person = await withAppDatabase((db) => createUserInIcb(db, "Devon", "programme_manager", PASSWORD));
  const theirs = await (await browser.newContext()).newPage();
  await signInWith(theirs, person);
  await theirs.goto("/returns/new");
  await expect(theirs.getByRole("heading", { level: 1, name: "Start a new self-assessment" })).toBeVisible();

  const admin = await (await browser.newContext()).newPage();
  await signInAs(admin, "administrator");
  await admin.getByRole("navigation", { name: "Primary navigation" }).getByRole("link", { name: "Users" }).click();
  await expect(admin.getByRole("heading", { level: 1, name: "Users" })).toBeVisible();
  await expectNoAxeViolations(admin);
  await admin.getByRole("row", { name: new RegExp(person.email.replace(/\./g, "\\.")) }).getByRole("link").click();
  await expect(admin.getByRole("heading", { level: 1 })).toContainText("Devon programme_manager");
  await expectNoAxeViolations(admin);

  await admin.getByRole("button", { name: "Remove the programme manager role at Devon" }).click();
  await expect(admin.locator(".nhsuk-notification-banner")).toContainText("Role removed.");
  await expect(admin.getByText("No roles")).toBeVisible();

  // Still signed in, but no longer a programme manager.
  expect((await theirs.request.get("/returns/new", { maxRedirects: 0 })).status()).toBe(404);
  await theirs.goto("/");
  await expect(theirs.getByRole("button", { name: "Sign out" })).toBeVisible();

  await admin.getByRole("button", { name: "Disable account" }).click();
  await expect(admin.locator(".nhsuk-notification-banner")).toContainText("Account disabled.");
  const next = await theirs.request.get("/", { maxRedirects: 0 });
  expect(next.status()).toBe(307);
  expect(next.headers()["location"]).toMatch(/^\/sign-in\?callbackUrl=/);

  const audit = await withAppDatabase(async (db) => {
    const user = await db.user.findUniqueOrThrow({ where: { email: person.email } });
    return db.auditEvent.findMany({ where: { targetId: user.id }, orderBy: { id: "asc" }, select: { action: true } });
  });
  expect(audit.map((row) => row.action)).toEqual(["membership.remove", "user.disable"]);

  await admin.getByRole("button", { name: "Enable account" }).click();
  await expect(admin.locator(".nhsuk-notification-banner")).toContainText("Account enabled.");
  await admin.context().close();
  await theirs.context().close();
});

test("an administrator's own page offers no way to lock themselves out", async ({ page }) => {
  await signInAs(page, "administrator");
  await page.goto("/admin/users");
  await page.getByRole("row", { name: new RegExp(DEMO_USERS.administrator.email.replace(/\./g, "\\.")) }).getByRole("link").click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(DEMO_USERS.administrator.name);
  await expect(page.getByRole("button", { name: /Remove the administrator role/ })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Disable account" })).toHaveCount(0);
});

test("an administrator reads the audit log as sentences with names, newest first, and filters it", async ({ page }) => {
  await signInAs(page, "administrator");
  await page.getByRole("navigation", { name: "Primary navigation" }).getByRole("link", { name: "Audit log" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Audit log" })).toBeVisible();
  const table = page.getByRole("table", { name: "Audit events, newest first" });
  // Their own sign-in is among the newest events, as a sentence with their name.
  await expect(table.getByRole("row").filter({ hasText: `${DEMO_USERS.administrator.name} signed in` }).first()).toBeVisible();
  // No action codes or raw JSON.
  await expect(table).not.toContainText("sign_in");
  await expect(table).not.toContainText("{");
  await expectNoAxeViolations(page, "Audit log");
  // It fits the page: no sideways scrolling of the table at 1280 px.
  await page.setViewportSize({ width: 1280, height: 900 });
  const region = page.getByRole("region", { name: "Audit events, newest first" });
  const box = (await region.boundingBox())!;
  const outcome = (await region.getByRole("columnheader", { name: "Outcome" }).boundingBox())!;
  // Within the scroll region's visible box, give or take the table's collapsed borders (a pixel or two).
  expect(outcome.x + outcome.width).toBeLessThanOrEqual(box.x + box.width + 3);

  await page.getByLabel("What happened").selectOption({ label: "Signing in" });
  await page.getByLabel("Who (part of an email address)").fill(DEMO_USERS.administrator.email.toUpperCase());
  await page.getByRole("button", { name: "Show events" }).click();
  await expect(page).toHaveURL(/action=sign_in/);
  const rows = table.getByRole("row");
  await expect(rows.nth(1)).toContainText(`${DEMO_USERS.administrator.name} signed in`);
  const cells = await rows.allTextContents();
  expect(cells.slice(1).every((text) => text.includes("signed in") && text.includes(DEMO_USERS.administrator.email))).toBe(true);
  await expect(page.getByLabel("What happened")).toHaveValue("sign_in");
});

test("the audit log names who signed off which self-assessment", async ({ page }) => {
  const stamp = Date.now();
  const title = `Audit sentence ${stamp}`;
  // A return of the demo ICB, signed off by the demo clinical lead, recorded the way the app records it.
  const organisationName = await withAppDatabase(async (db) => {
    const lead = await db.user.findUniqueOrThrow({ where: { email: DEMO_USERS.clinical_lead.email } });
    const organisation = await findIcb(db, DEMO_USERS.clinical_lead.organisation);
    const catalogue = await db.catalogueVersion.findFirstOrThrow({ where: { isDefault: true } });
    const created = await db.assessmentReturn.create({ data: { organisationId: organisation.id, catalogueVersionId: catalogue.id, title } });
    await db.auditEvent.create({
      data: { action: "return.sign_off", outcome: "success", actorId: lead.id, actorEmail: lead.email, targetType: "return", targetId: created.id, details: { from: "submitted", to: "signed_off" } },
    });
    return organisation.name;
  });
  await signInAs(page, "administrator");
  await page.goto("/admin/audit?action=return.sign_off");
  await expect(page.getByRole("table", { name: "Audit events, newest first" })).toContainText(
    `${DEMO_USERS.clinical_lead.name} signed off ${title} (${organisationName})`,
  );
});
test("an administrator finds a user by name or email, and adds a role from their page", async ({ page }) => {
  const person = await withAppDatabase((db) => createUserInIcb(db, "Devon", "contributor", PASSWORD));
  await signInAs(page, "administrator");
  await page.goto("/admin/users");
  const search = page.getByRole("search", { name: "Search by name or email address" });
  await search.getByLabel("Search by name or email address").fill(person.email.toUpperCase());
  await search.getByRole("button", { name: "Search" }).click();
  await expect(page.getByRole("status")).toHaveText(`1 user matching "${person.email.toUpperCase()}".`);
  const table = page.getByRole("table", { name: "Users" });
  await expect(table.getByRole("row")).toHaveCount(2);
  await expect(table.getByRole("row").nth(1)).toContainText(person.email);
  await expectNoAxeViolations(page, "Users");
  await page.goto(`/admin/users?q=${encodeURIComponent(DEMO_USERS.board_member.name.split(" ")[0]!.toLowerCase())}`);
  await expect(table.getByRole("row").filter({ hasText: DEMO_USERS.board_member.email })).toHaveCount(1);
  await expect(table.getByRole("row").filter({ hasText: person.email })).toHaveCount(0);

  await page.goto(`/admin/users?q=${encodeURIComponent(person.email)}`);
  await table.getByRole("row").nth(1).getByRole("link").click();
  const form = page.locator("form").filter({ has: page.getByRole("button", { name: "Add role" }) });
  // Nothing chosen: both problems.
  await form.getByRole("button", { name: "Add role" }).click();
  await expect(page.locator(".nhsuk-error-summary").getByRole("link")).toHaveText(["Choose an organisation", "Choose a role"]);
  await expectNoAxeViolations(page);
  await page.getByLabel("Organisation", { exact: true }).selectOption({ label: "Devon" });
  await page.getByLabel("Role", { exact: true }).selectOption({ label: "Board member" });
  await page.getByRole("button", { name: "Add role" }).click();
  await expect(page.locator(".nhsuk-notification-banner--success")).toContainText("Role added.");
  const roles = page.locator(".nhsuk-summary-list").first();
  await expect(roles.locator(".nhsuk-summary-list__row").filter({ hasText: "Board member" })).toContainText("Devon");
  // The same role again is refused, naming it.
  await page.getByLabel("Organisation", { exact: true }).selectOption({ label: "Devon" });
  await page.getByLabel("Role", { exact: true }).selectOption({ label: "Board member" });
  await page.getByRole("button", { name: "Add role" }).click();
  await expect(page.locator(".nhsuk-error-summary")).toContainText("They are already a board member of this organisation.");
  // A regional lead's role cannot be held on an ICB.
  await page.getByLabel("Role", { exact: true }).selectOption({ label: "Regional lead" });
  await page.getByRole("button", { name: "Add role" }).click();
  await expect(page.locator(".nhsuk-error-summary")).toContainText("A regional lead cannot belong to an ICB");
  const held = await withAppDatabase((db) => db.membership.findMany({ where: { user: { email: person.email } }, select: { role: true } }));
  expect(held.map((membership) => membership.role).sort()).toEqual(["board_member", "contributor"]);
});
