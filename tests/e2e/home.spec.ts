import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { signInAs } from "./support/sign-in";

const AMBITIONS = [
  "Each person is seen as an individual",
  "Each person gets fair access to care",
  "Maximising comfort and wellbeing",
  "Care is coordinated",
  "All staff are prepared to care",
  "Each community is prepared to help",
];

test.beforeEach(async ({ page }) => {
  await signInAs(page, "contributor");
});

test("the home page lists the six ambitions read from the database", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  // The ambitions' cards, not the headings of "what to do next" above them.
  const headings = page.getByRole("heading", { level: 3, name: /^Ambition \d/ });
  await expect(headings).toHaveCount(6);
  for (const [index, name] of AMBITIONS.entries()) {
    await expect(headings.nth(index)).toHaveText(`Ambition ${index + 1}: ${name}`);
  }
});

test("the home page has no accessibility violations", async ({ page }) => {
  await page.goto("/");
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
  expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
});

test("the skip link moves keyboard focus to the main content", async ({ page }) => {
  await page.goto("/");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: /skip to main content/i });
  await expect(skip).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.locator("main#maincontent")).toBeFocused();
});

test("the health check answers 200 while the database is up", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toMatchObject({ status: "ok", database: "up" });
});

test("the home page gives each role its next step, with no accessibility violations", async ({ page }) => {
  test.slow(); // four people sign in
  const expected: [Parameters<typeof signInAs>[1], string, RegExp][] = [
    ["programme_manager", "Start a self-assessment", /\/returns\/new$/],
    ["board_member", "Read your dashboard", /\/dashboards\/[0-9a-f-]+$/],
    ["regional_lead", "Compare ICBs", /\/regions\/[0-9a-f-]+$/],
    ["administrator", "Manage users", /\/admin\/users$/],
  ];
  for (const [role, step, destination] of expected) {
    await signInAs(page, role);
    await page.goto("/");
    const steps = page.getByRole("region", { name: "What you can do next" });
    await expect(steps.getByRole("link", { name: step })).toBeVisible();
    await expectNoAxeViolations(page);
    await steps.getByRole("link", { name: step }).click();
    await expect(page).toHaveURL(destination);
  }
  await signInAs(page, "administrator");
  await page.goto("/");
  await expect(page.getByRole("region", { name: "What you can do next" }).getByRole("link", { name: "Manage organisations" })).toBeVisible();
  await signInAs(page, "board_member");
  await page.goto("/");
  await expect(page.getByRole("link", { name: "Start a self-assessment" })).toHaveCount(0);
});
