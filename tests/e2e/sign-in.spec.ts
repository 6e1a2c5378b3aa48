import { expectNoAxeViolations } from "./support/axe";
import { expect, test, type Page } from "@playwright/test";
import { navigationFor } from "../../components/ui/navigation";
import type { OrgRef } from "../../lib/policy/policy";
import { ROLES } from "../../lib/policy/roles";
import { DEMO_USERS, signInAs } from "./support/sign-in";


/** Fills and submits the form, and waits for the server's answer (the form re-renders with it). */
async function submitSignIn(page: Page, email: string, password: string) {
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  const answered = page.waitForResponse((response) => response.request().method() === "POST" && response.url().includes("/sign-in"));
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await answered;
  await expect(page.getByRole("button", { name: "Sign in", exact: true })).toBeEnabled();
}

const primaryNav = (page: Page) => page.getByRole("navigation", { name: "Primary navigation" });

// The links each demo user should see: what the policy allows their one membership.
function expectedLinks(role: (typeof ROLES)[number]): string[] {
  const organisation: OrgRef =
    role === "regional_lead"
      ? { id: "region", kind: "region", regionId: "region", icbId: null }
      : { id: "icb", kind: "icb", regionId: "region", icbId: "icb" };
  return navigationFor({ id: "demo", memberships: [{ role, organisation }] }).map((item) => item.label);
}

for (const role of ROLES) {
  test(`a ${role} signs in and sees their name and their navigation`, async ({ page }) => {
    await signInAs(page, role);
    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByRole("navigation", { name: "Account" })).toContainText(DEMO_USERS[role].name);
    const links = expectedLinks(role);
    expect(links).toContain("Catalogue");
    await expect(primaryNav(page).getByRole("link")).toHaveText(links);
  });
}

test("the sign-in page has no accessibility violations", async ({ page }) => {
  await page.goto("/sign-in");
  await expect(page.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();
  // Nobody is signed in: no navigation and no account menu.
  await expect(primaryNav(page)).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Sign out" })).toHaveCount(0);
  await expectNoAxeViolations(page);
});

test("a wrong password shows one generic error, summarised, focused and accessible", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByLabel("Email address").fill(DEMO_USERS.contributor.email);
  await page.getByLabel("Password", { exact: true }).fill("not the right password");
  await page.getByRole("button", { name: "Sign in", exact: true }).click();

  const summary = page.locator(".nhsuk-error-summary");
  await expect(summary).toBeFocused();
  await expect(summary.getByRole("heading", { name: "There is a problem" })).toBeVisible();
  await expect(summary.getByRole("link", { name: "The email address or password is not correct" })).toBeVisible();
  await expect(page.locator("#field-email-error")).toHaveText("Error: The email address or password is not correct");
  await expect(page).toHaveTitle(/^Error: Sign in/);
  // The email is kept; the password is not.
  await expect(page.getByLabel("Email address")).toHaveValue(DEMO_USERS.contributor.email);
  await expect(page.getByLabel("Password", { exact: true })).toHaveValue("");
  await expectNoAxeViolations(page);

  // An unknown email gets exactly the same message.
  await submitSignIn(page, "nobody.at.all@demo.ambitions.nhs.uk", "not the right password");
  await expect(page.getByLabel("Email address")).toHaveValue("nobody.at.all@demo.ambitions.nhs.uk");
  await expect(page.locator("#field-email-error")).toHaveText("Error: The email address or password is not correct");
});

test("empty fields are named in the summary, whose links move focus to the field", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  const summary = page.locator(".nhsuk-error-summary");
  await expect(summary.getByRole("link")).toHaveText(["Enter your email address", "Enter your password"]);
  await summary.getByRole("link", { name: "Enter your password" }).click();
  await expect(page.getByLabel("Password", { exact: true })).toBeFocused();
  await expect(page.getByLabel("Password", { exact: true })).toHaveAttribute("aria-describedby", "field-password-error");
  await expectNoAxeViolations(page);
});

test("signs in with the keyboard alone", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByLabel("Email address").focus();
  await page.keyboard.type(DEMO_USERS.board_member.email);
  await page.keyboard.press("Tab");
  await expect(page.getByLabel("Password", { exact: true })).toBeFocused();
  await page.keyboard.type(DEMO_USERS.board_member.password);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
});

for (const path of ["/", "/catalogue?version=regional-2021"]) {
  test(`an anonymous visit to ${path} goes to sign in and comes back after signing in`, async ({ page }) => {
    await page.goto(path);
    await expect(page).toHaveURL(`/sign-in?${new URLSearchParams({ callbackUrl: path })}`);
    await page.getByLabel("Email address").fill(DEMO_USERS.programme_manager.email);
    await page.getByLabel("Password", { exact: true }).fill(DEMO_USERS.programme_manager.password);
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(page).toHaveURL(path);
    await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
  });
}

test("never sends anyone to another site after signing in", async ({ page }) => {
  await signInAs(page, "contributor", { callbackUrl: "https://evil.example/" });
  await expect(page).toHaveURL(/^http:\/\/localhost:\d+\/$/);
});

test("signing out ends the session: the back button and the address bar lead to sign in", async ({ page }) => {
  await signInAs(page, "clinical_lead", { callbackUrl: "/catalogue" });
  await expect(page.getByRole("heading", { level: 1, name: "Self-assessment catalogue" })).toBeVisible();

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL("/sign-in?signedOut=1");
  await expect(page.getByText("You have signed out.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Sign out" })).toHaveCount(0);

  // Let the page settle first: a back press racing the page's own start-up can be dropped.
  await page.waitForLoadState("networkidle");
  await page.goBack();
  // The browser asks the server for the catalogue again, which sends it to sign in.
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fcatalogue$/);
  await expect(page.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: "Self-assessment catalogue" })).toHaveCount(0);

  await page.goto("/");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2F$/);
});

test("five failures pause sign-in for that email from this device, whatever the password", async ({ page }) => {
  // An address of its own, so the demo users are never paused for the other tests.
  const email = "lockout.e2e@demo.ambitions.nhs.uk";
  await page.goto("/sign-in");
  for (let attempt = 1; attempt <= 4; attempt++) {
    await submitSignIn(page, email, `wrong guess ${attempt}`);
    await expect(page.locator(".nhsuk-error-summary")).toContainText("The email address or password is not correct");
  }
  const paused = "Sign-in is paused for this account from this device for 15 minutes";
  await submitSignIn(page, email, "wrong guess 5");
  await expect(page.locator(".nhsuk-error-summary")).toContainText(paused);
  await expectNoAxeViolations(page);

  // A sixth attempt is refused before the password is even checked.
  await submitSignIn(page, email, "the right password, perhaps");
  await expect(page.locator(".nhsuk-error-summary")).toContainText(paused);
});

test("next-auth's own endpoints offer only email and password here, with the same checks and the same session", async ({ request }) => {
  const providers = await (await request.get("/api/auth/providers")).json();
  expect(Object.keys(providers)).toEqual(["credentials"]);

  const csrf = async () => ((await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string }).csrfToken;
  const refused = await request.post("/api/auth/callback/credentials", {
    form: { csrfToken: await csrf(), email: "no.such.person@demo.ambitions.nhs.uk", password: "not a password", json: "true" },
  });
  expect(((await refused.json()) as { url: string }).url).toContain("error=CredentialsSignin");
  expect((await request.get("/", { maxRedirects: 0 })).status()).toBe(307);

  const user = DEMO_USERS.regional_lead;
  const accepted = await request.post("/api/auth/callback/credentials", {
    form: { csrfToken: await csrf(), email: user.email, password: user.password, json: "true" },
  });
  expect(accepted.ok()).toBe(true);
  const home = await request.get("/", { maxRedirects: 0 });
  expect(home.status()).toBe(200);
  expect(await home.text()).toContain(user.name);
});
