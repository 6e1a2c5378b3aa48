// Signing in as one of the demo users (seeded by npm start on the embedded default, which is
// what the browser tests run). Shared by every browser test that needs a signed-in user.
import { expect, type Page } from "@playwright/test";
import type { Role } from "../../../lib/policy/roles";
import { DEMO_USERS as SEEDED_DEMO_USERS } from "../../../lib/seed/demo-users";

export type DemoUserLogin = { email: string; password: string; name: string; role: Role; organisation: string };

export const DEMO_USERS: Readonly<Record<Role, DemoUserLogin>> = Object.fromEntries(
  SEEDED_DEMO_USERS.map((user) => [
    user.role,
    { email: user.email, password: user.password, name: user.name, role: user.role, organisation: user.organisation.name },
  ]),
) as Record<Role, DemoUserLogin>;

/**
 * Signs in through the sign-in page as the demo user with `role` (signing out whoever was
 * signed in), and waits until the app shows them signed in (on `callbackUrl`, "/" by default).
 */
export async function signInAs(page: Page, role: Role, options: { callbackUrl?: string } = {}): Promise<void> {
  await signInWith(page, DEMO_USERS[role], options);
}

/** Signs in through the sign-in page with any email and password (see signInAs). */
export async function signInWith(page: Page, user: { email: string; password: string }, options: { callbackUrl?: string } = {}): Promise<void> {
  // Signing in as someone else starts from nobody: a signed-in visit to /sign-in goes straight on.
  await page.context().clearCookies();
  const query = options.callbackUrl ? `?${new URLSearchParams({ callbackUrl: options.callbackUrl })}` : "";
  await page.goto(`/sign-in${query}`);
  await page.getByLabel("Email address").fill(user.email);
  await page.getByLabel("Password", { exact: true }).fill(user.password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
}
