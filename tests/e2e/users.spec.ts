// User administration: an administrator removes a role or disables an account, and the person
// loses it on their very next page, with no wait for a session to expire.
import { expect, test } from "@playwright/test";
import { createUserInIcb, withAppDatabase } from "./fixtures/app-database";
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

test("an administrator reads the audit log, newest first, and filters it", async ({ page }) => {
  await signInAs(page, "administrator");
  await page.getByRole("navigation", { name: "Primary navigation" }).getByRole("link", { name: "Audit log" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Audit log" })).toBeVisible();
  const table = page.getByRole("table", { name: "Audit events, newest first" });
  // Their own sign-in is among the newest events.
  await expect(table.getByRole("row").filter({ hasText: "sign_in" }).filter({ hasText: DEMO_USERS.administrator.email }).first()).toBeVisible();
  await expectNoAxeViolations(page, "Audit log");

  await page.getByLabel("What happened").selectOption("sign_in");
  await page.getByLabel("Who (part of an email address)").fill(DEMO_USERS.administrator.email.toUpperCase());
  await page.getByRole("button", { name: "Show events" }).click();
  await expect(page).toHaveURL(/action=sign_in/);
  const rows = table.getByRole("row");
  await expect(rows.nth(1)).toContainText(DEMO_USERS.administrator.email);
  const cells = await rows.allTextContents();
  expect(cells.slice(1).every((text) => text.includes("sign_in") && text.includes(DEMO_USERS.administrator.email))).toBe(true);
  await expect(page.getByLabel("What happened")).toHaveValue("sign_in");
});
