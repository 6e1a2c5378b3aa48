// Two app instances on one PostgreSQL, as the README promises can run behind a load balancer:
// nothing one instance needs lives in another's memory. A session made on one is honoured on
// the other and ends on both when signed out on either; failed sign-ins counted on one lock
// the account on the other; a save from a page opened on one before a colleague's save on the
// other is refused. Every user and return here is made for this spec, so no other spec's
// demo users are locked out or its data touched.
import { expect, test, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { randomUUID } from "node:crypto";
import { createReturnRow, createUserInIcb, withAppDatabase } from "./fixtures/app-database";
import { signInWith } from "./support/sign-in";
import { startSecondInstance, type SecondInstance } from "./support/start-second-instance";

const BNSSG = "Bristol, North Somerset and South Gloucestershire";
const PASSWORD = "two instances, one database";
const SESSION_COOKIE = "ambitions.session";

test.describe.configure({ mode: "serial", timeout: 90_000 });

let second: SecondInstance | undefined;
const instances = { A: "", B: "" };

test.beforeAll(async () => {
  // Start-up migrates, seeds and prepares Next on a busy machine: far longer than a test.
  test.setTimeout(240_000);
  const first = test.info().project.use.baseURL;
  if (!first) throw new Error("playwright.config.ts gives no baseURL for the first instance.");
  second = await startSecondInstance();
  instances.A = first;
  instances.B = second.baseURL;
});

test.afterAll(async () => {
  test.setTimeout(60_000);
  await second?.stop();
});

/** A page in a browser context of its own, whose relative addresses go to `baseURL`. */
async function pageOn(browser: Browser, baseURL: string): Promise<Page> {
  return (await browser.newContext({ baseURL })).newPage();
}

async function sessionCookieOf(context: BrowserContext) {
  const cookie = (await context.cookies()).find((candidate) => candidate.name === SESSION_COOKIE);
  if (!cookie) throw new Error(`No ${SESSION_COOKIE} cookie in this context.`);
  return cookie;
}

/** A contributor no other spec knows, with a name that tells their pages apart from anyone's. */
async function createContributor() {
  const name = `Two instances ${randomUUID().slice(0, 8)}`;
  const user = await withAppDatabase(async (db) => {
    const created = await createUserInIcb(db, BNSSG, "contributor", PASSWORD);
    await db.user.update({ where: { email: created.email }, data: { name } });
    return created;
  });
  return { ...user, name };
}

/** Fills and submits the sign-in form, and waits for the server's answer. */
async function submitSignIn(page: Page, email: string, password: string) {
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  const answered = page.waitForResponse((response) => response.request().method() === "POST" && response.url().includes("/sign-in"));
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await answered;
  await expect(page.getByRole("button", { name: "Sign in", exact: true })).toBeEnabled();
}

for (const [made, other] of [
  ["A", "B"],
  ["B", "A"],
] as const) {
  test(`a session made on instance ${made} is honoured on instance ${other}, and signing out there ends it on ${made} at once`, async ({ browser }) => {
    const user = await createContributor();
    const home = await pageOn(browser, instances[made]);
    await signInWith(home, user);
    await expect(home.getByRole("navigation", { name: "Account" })).toContainText(user.name);

    // The other instance gets exactly the cookie the first one set, in a browser of its own:
    // nothing but that cookie and the shared database connects the two.
    const away = await pageOn(browser, instances[other]);
    await away.context().addCookies([await sessionCookieOf(home.context())]);
    await away.goto("/");
    await expect(away).toHaveURL(`${instances[other]}/`);
    await expect(away.getByRole("navigation", { name: "Account" })).toContainText(user.name);

    await away.getByRole("button", { name: "Sign out" }).click();
    await expect(away).toHaveURL(`${instances[other]}/sign-in?signedOut=1`);

    // The first browser still holds the cookie; its own instance now refuses it.
    expect((await sessionCookieOf(home.context())).value).not.toBe("");
    await home.goto("/");
    await expect(home).toHaveURL(`${instances[made]}/sign-in?callbackUrl=%2F`);
    await expect(home.getByRole("button", { name: "Sign out" })).toHaveCount(0);
    const sessions = await withAppDatabase((db) => db.userSession.findMany({ where: { user: { email: user.email } } }));
    expect(sessions).toHaveLength(1);
    expect(sessions[0]?.revokedAt).not.toBeNull();

    await home.context().close();
    await away.context().close();
  });
}

test("five failed sign-ins on instance A pause the account on instance B, even with the right password", async ({ browser }) => {
  const user = await createContributor();
  const onA = await pageOn(browser, instances.A);
  const onB = await pageOn(browser, instances.B);

  // Before any failure, B lets the right password in: what follows is the lock, not B.
  await signInWith(onB, user);
  await onB.context().clearCookies();

  await onA.goto("/sign-in");
  for (let attempt = 1; attempt <= 4; attempt++) {
    await submitSignIn(onA, user.email, `wrong guess ${attempt}`);
    await expect(onA.locator(".nhsuk-error-summary")).toContainText("The email address or password is not correct");
  }
  const paused = "Sign-in is paused for this account from this device for 15 minutes";
  await submitSignIn(onA, user.email, "wrong guess 5");
  await expect(onA.locator(".nhsuk-error-summary")).toContainText(paused);

  await onB.goto("/sign-in");
  await submitSignIn(onB, user.email, user.password);
  await expect(onB.locator(".nhsuk-error-summary")).toContainText(paused);
  await expect(onB.getByRole("button", { name: "Sign out" })).toHaveCount(0);
  // Only the sign-in before the failures ever made a session.
  expect(await withAppDatabase((db) => db.userSession.count({ where: { user: { email: user.email } } }))).toBe(1);

  await onA.context().close();
  await onB.context().close();
});

test("a save from a page opened on instance A before a colleague's save on instance B is refused, and what was typed is kept", async ({ browser }) => {
  const { draft, manager, contributor } = await withAppDatabase(async (db) => ({
    draft: await createReturnRow(db, BNSSG, "draft", "Two instances draft"),
    manager: await createUserInIcb(db, BNSSG, "programme_manager", PASSWORD),
    contributor: await createUserInIcb(db, BNSSG, "contributor", PASSWORD),
  }));
  const item = `/returns/${draft.id}/items/1.1.2`;
  const evidence = "How would you evidence achievement or progress at this level?";

  const onA = await pageOn(browser, instances.A);
  await signInWith(onA, manager);
  await onA.goto(item);
  await onA.getByLabel("Level 4").check();
  await onA.getByLabel(evidence).fill("The manager's evidence, typed on A");

  const onB = await pageOn(browser, instances.B);
  await signInWith(onB, contributor);
  await onB.goto(item);
  await onB.getByLabel("Level 2").check();
  await onB.getByLabel(evidence).fill("The contributor's evidence, saved on B");
  await onB.getByRole("button", { name: "Save and return to the ambition" }).click();
  await expect(onB.locator("#item-1\\.1\\.2")).toContainText("Level 2");

  await onA.getByRole("button", { name: "Save and return to the ambition" }).click();
  await expect(onA.locator(".nhsuk-error-summary")).toContainText("Someone else saved this item after you opened it");
  await expect(onA.getByLabel(evidence)).toHaveValue("The manager's evidence, typed on A");
  await expect(onA.getByLabel("Level 4")).toBeChecked();
  const answerOf = () =>
    withAppDatabase((db) => db.returnAnswer.findFirst({ where: { returnId: draft.id, catalogueItem: { key: "1.1.2" } } }));
  expect(await answerOf()).toMatchObject({ level: 2, evidence: "The contributor's evidence, saved on B", revision: 1 });

  // Having seen B's save, saving again on A replaces it deliberately.
  await onA.getByRole("button", { name: "Save and return to the ambition" }).click();
  await expect(onA.locator("#item-1\\.1\\.2")).toContainText("Level 4");
  expect(await answerOf()).toMatchObject({ level: 4, evidence: "The manager's evidence, typed on A", revision: 2 });

  await onA.context().close();
  await onB.context().close();
});
