import { createHash, randomBytes } from "node:crypto";
import { expectNoAxeViolations } from "./support/axe";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { DEMO_USERS, signInAs } from "./support/sign-in";
import { findIcb, withAppDatabase } from "./fixtures/app-database";

const BNSSG = "Bristol, North Somerset and South Gloucestershire";
const PASSWORD = "a long and memorable passphrase";

const newEmail = (label: string) => `${label}.${Date.now().toString(36)}${randomBytes(2).toString("hex")}@example.nhs.uk`;

async function asRole(browser: Browser, role: Parameters<typeof signInAs>[1]) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInAs(page, role);
  return { context, page };
}

async function anonymous(browser: Browser) {
  const context = await browser.newContext();
  return { context, page: await context.newPage() };
}

/** Invites `email` through the form and returns the link shown on the confirmation. */
async function invite(page: Page, email: string, organisation: string, role: string): Promise<string> {
  await page.goto("/invitations/new");
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Organisation").selectOption({ label: organisation });
  await page.getByLabel("Role").selectOption({ label: role });
  await page.getByRole("button", { name: "Send invitation" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Invitation created" })).toBeVisible();
  return (await page.getByTestId("invitation-link").textContent()) ?? "";
}

test.describe.configure({ mode: "serial" });

test("a programme manager is offered their own ICB's organisations and the contributor role only", async ({ browser }) => {
  const { context, page } = await asRole(browser, "programme_manager");
  await page.getByRole("link", { name: "Invite someone" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Invite someone" })).toBeVisible();
  const organisations = await page.getByLabel("Organisation").locator("option").allTextContents();
  expect(organisations).toContain(BNSSG);
  expect(organisations.filter((label) => label !== "Choose an organisation").every((label) => label === BNSSG || label.endsWith(`(in ${BNSSG})`))).toBe(true);
  expect(await page.getByLabel("Role").locator("option").allTextContents()).toEqual(["Contributor"]);
  await expectNoAxeViolations(page);

  await page.getByRole("button", { name: "Send invitation" }).click();
  const summary = page.locator(".nhsuk-error-summary");
  await expect(summary).toBeFocused();
  await expect(summary.getByRole("link")).toHaveText(["Enter their email address", "Choose an organisation"]);
  await expectNoAxeViolations(page);

  await page.getByLabel("Email address").fill("not an email");
  await page.getByRole("button", { name: "Send invitation" }).click();
  await expect(summary.getByRole("link").first()).toHaveText("Enter an email address in the correct format, like name@example.nhs.uk");
  await context.close();
});

test("an invitation link sets up a new account once, stores only a hash, and then can no longer be used", async ({ browser }) => {
  // Four browser contexts and a dozen page loads: on a busy two-core machine this took 30 s
  // and timed out on its last steps, so it gets the slow budget rather than failing by chance.
  test.slow();
  const manager = await asRole(browser, "programme_manager");
  const email = newEmail("new.contributor");
  const link = await invite(manager.page, email, BNSSG, "Contributor");
  await expect(manager.page.locator(".nhsuk-panel")).toContainText(`${email} is invited to join ${BNSSG} as contributor.`);
  await expectNoAxeViolations(manager.page);
  const token = new URL(link).pathname.split("/").pop() ?? "";
  expect(new URL(link).pathname).toMatch(/^\/accept-invitation\/[A-Za-z0-9_-]{43}$/);
  await manager.context.close();

  const stored = await withAppDatabase((db) => db.invitation.findFirstOrThrow({ where: { email } }));
  expect(stored.tokenHash).toBe(createHash("sha256").update(token).digest("hex"));
  expect(JSON.stringify(stored)).not.toContain(token);
  expect(stored.expiresAt.getTime() - stored.createdAt.getTime()).toBe(7 * 24 * 60 * 60 * 1000);

  const invitee = await anonymous(browser);
  await invitee.page.goto(link);
  await expect(invitee.page.getByRole("heading", { level: 1, name: `Join ${BNSSG}` })).toBeVisible();
  await expect(invitee.page.locator("main")).toContainText(`${DEMO_USERS.programme_manager.name} has invited you to join ${BNSSG} as contributor.`);
  await expect(invitee.page.locator("main")).toContainText(`This invitation is for ${email}.`);
  await expectNoAxeViolations(invitee.page);

  // Too short, then not matching: explained, nothing created, the link still works.
  await invitee.page.getByLabel("Full name").fill("Nia Newcomer");
  await invitee.page.getByLabel("Create a password").fill("too short");
  await invitee.page.getByLabel("Confirm your password").fill("too short");
  await invitee.page.getByRole("button", { name: "Create account and accept" }).click();
  await expect(invitee.page.locator(".nhsuk-error-summary")).toContainText("Password must be 12 characters or more");
  await expect(invitee.page.getByLabel("Full name")).toHaveValue("Nia Newcomer");
  await expect(invitee.page.getByLabel("Create a password")).toHaveValue("");
  await expectNoAxeViolations(invitee.page);
  await invitee.page.getByLabel("Create a password").fill(PASSWORD);
  await invitee.page.getByLabel("Confirm your password").fill(`${PASSWORD}!`);
  await invitee.page.getByRole("button", { name: "Create account and accept" }).click();
  await expect(invitee.page.locator(".nhsuk-error-summary")).toContainText("The passwords do not match");
  expect(await withAppDatabase((db) => db.user.count({ where: { email } }))).toBe(0);

  await invitee.page.getByLabel("Create a password").fill(PASSWORD);
  await invitee.page.getByLabel("Confirm your password").fill(PASSWORD);
  await invitee.page.getByRole("button", { name: "Create account and accept" }).click();
  await expect(invitee.page).toHaveURL(/\/accept-invitation\/accepted$/);
  await expect(invitee.page.getByRole("heading", { level: 1, name: "Invitation accepted" })).toBeVisible();
  await expectNoAxeViolations(invitee.page);

  // The new account signs in with the password chosen.
  await invitee.page.getByRole("link", { name: /Sign in/ }).click();
  await invitee.page.getByLabel("Email address").fill(email);
  await invitee.page.getByLabel("Password", { exact: true }).fill(PASSWORD);
  await invitee.page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(invitee.page.getByRole("button", { name: "Sign out" })).toBeVisible();

  // Used: the link now says only that it cannot be used, to anyone.
  const again = await anonymous(browser);
  await again.page.goto(link);
  await expect(again.page.getByRole("heading", { level: 1, name: "This invitation link can no longer be used" })).toBeVisible();
  await expect(again.page.locator("main")).not.toContainText(BNSSG);
  await expectNoAxeViolations(again.page);

  const audits = await withAppDatabase((db) =>
    db.auditEvent.findMany({ where: { OR: [{ targetId: stored.id }, { actorEmail: email }] }, orderBy: { id: "asc" } }),
  );
  expect(audits.map((audit) => audit.action)).toEqual(expect.arrayContaining(["invitation.create", "invitation.accept", "membership.create"]));
  await invitee.context.close();
  await again.context.close();
});

test("expired, revoked and unknown links all read the same and disclose nothing", async ({ browser }) => {
  const tokens = await withAppDatabase(async (db) => {
    const icb = await findIcb(db, BNSSG);
    const inviter = await db.user.findUniqueOrThrow({ where: { email: DEMO_USERS.administrator.email } });
    const make = async (overrides: { expiresAt: Date; revokedAt?: Date }) => {
      const token = randomBytes(32).toString("base64url");
      await db.invitation.create({
        data: {
          tokenHash: createHash("sha256").update(token).digest("hex"),
          email: newEmail("stale"),
          organisationId: icb.id,
          role: "contributor",
          invitedById: inviter.id,
          ...overrides,
        },
      });
      return token;
    };
    return {
      expired: await make({ expiresAt: new Date(Date.now() - 1000) }),
      revoked: await make({ expiresAt: new Date(Date.now() + 86_400_000), revokedAt: new Date() }),
      unknown: randomBytes(32).toString("base64url"),
    };
  });
  const { context, page } = await anonymous(browser);
  for (const [kind, token] of Object.entries(tokens)) {
    const response = await page.goto(`/accept-invitation/${token}`);
    expect(response?.status(), kind).toBe(200);
    await expect(page.getByRole("heading", { level: 1 }), kind).toHaveText("This invitation link can no longer be used");
    await expect(page.locator("main"), kind).not.toContainText(BNSSG);
    await expect(page.locator("form"), kind).toHaveCount(0);
  }
  await context.close();
});

test("an existing user accepts by signing in as the invited email; somebody else signed in cannot", async ({ browser }) => {
  // A user of the service to invite again, with a second role.
  const admin = await asRole(browser, "administrator");
  const email = newEmail("existing");
  const first = await invite(admin.page, email, BNSSG, "Contributor");
  const invitee = await anonymous(browser);
  await invitee.page.goto(first);
  await invitee.page.getByLabel("Full name").fill("Ezra Existing");
  await invitee.page.getByLabel("Create a password").fill(PASSWORD);
  await invitee.page.getByLabel("Confirm your password").fill(PASSWORD);
  await invitee.page.getByRole("button", { name: "Create account and accept" }).click();
  await expect(invitee.page).toHaveURL(/\/accept-invitation\/accepted$/);

  const second = await invite(admin.page, email, BNSSG, "Clinical lead");
  await admin.page.goto(second);
  // The administrator is signed in, but as somebody else.
  await expect(admin.page.getByRole("heading", { level: 2, name: "This invitation is for someone else" })).toBeVisible();
  await expect(admin.page.getByRole("button", { name: "Accept invitation" })).toHaveCount(0);
  await expectNoAxeViolations(admin.page);

  await invitee.page.goto(second);
  await expect(invitee.page.locator("main")).toContainText("You already have an account with this email address.");
  await invitee.page.getByRole("link", { name: "Sign in to accept the invitation" }).click();
  await invitee.page.getByLabel("Email address").fill(email);
  await invitee.page.getByLabel("Password", { exact: true }).fill(PASSWORD);
  await invitee.page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(invitee.page).toHaveURL(new RegExp(`${new URL(second).pathname}$`));
  await expectNoAxeViolations(invitee.page);
  await invitee.page.getByRole("button", { name: "Accept invitation" }).click();
  await expect(invitee.page.getByRole("heading", { level: 1, name: "Invitation accepted" })).toBeVisible();

  const memberships = await withAppDatabase((db) => db.membership.findMany({ where: { user: { email } }, select: { role: true } }));
  expect(memberships.map((membership) => membership.role).sort()).toEqual(["clinical_lead", "contributor"]);
  await admin.context.close();
  await invitee.context.close();
});

test("an administrator is told when a role does not fit the organisation", async ({ browser }) => {
  const { context, page } = await asRole(browser, "administrator");
  await page.goto("/invitations/new");
  await page.getByLabel("Email address").fill(newEmail("regional"));
  await page.getByLabel("Organisation").selectOption({ label: BNSSG });
  await page.getByLabel("Role").selectOption({ label: "Regional lead" });
  await page.getByRole("button", { name: "Send invitation" }).click();
  await expect(page.locator(".nhsuk-error-summary")).toContainText("A regional lead cannot belong to an ICB.");
  await expect(page.getByLabel("Role")).toHaveValue("regional_lead");
  await expectNoAxeViolations(page);
  await page.getByLabel("Organisation").selectOption({ label: "South West (the region)" });
  await page.getByRole("button", { name: "Send invitation" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Invitation created" })).toBeVisible();
  await context.close();
});

test("the invitation form reads at 320 px wide without sideways scrolling", async ({ browser }) => {
  const { context, page } = await asRole(browser, "administrator");
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto("/invitations/new");
  await expect
    .poll(() => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth))
    .toBeLessThanOrEqual(0);
  await expectNoAxeViolations(page);
  await context.close();
});
