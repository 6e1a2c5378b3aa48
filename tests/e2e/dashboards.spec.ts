// A board member reads their ICB's dashboard: the headline of the latest published
// self-assessment, the change since the one before (the demo's published 2022/23 return),
// the items below level 3 with their gaps, the history; and prints it as a board paper.
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { createReturnRow, withAppDatabase } from "./fixtures/app-database";
import { expectNoAxeViolations, expectNoSidewaysScroll } from "./support/axe";
import { DEMO_USERS, signInAs } from "./support/sign-in";

test.describe.configure({ mode: "serial" });

const BNSSG = "Bristol, North Somerset and South Gloucestershire";
const GAP = `No community asset mapping yet ${Date.now()}`;
let latestTitle = "";
let dashboardUrl = "";

test.beforeAll(async () => {
  const fixture = JSON.parse(readFileSync(path.resolve("tests/fixtures/bnssg-2022-23.json"), "utf8")) as { levels: Record<string, number | null> };
  // The demo's 2022/23 levels, but 6.3.1 down from 3 to 1 and 1.1.2 up from 3 to 5.
  const levelOf = (key: string) => (key === "6.3.1" ? 1 : key === "1.1.2" ? 5 : (fixture.levels[key] ?? null));
  latestTitle = await withAppDatabase(async (db) => {
    const created = await createReturnRow(db, BNSSG, "submitted", "Dashboard refresh", levelOf, (key) => (key === "6.3.1" ? GAP : ""));
    await createReturnRow(db, BNSSG, "draft", "Dashboard draft nobody on the board sees", () => 5);
    // Submitted by the demo programme manager, whose name the board paper prints.
    await db.assessmentReturn.update({ where: { id: created.id }, data: { submittedByEmail: DEMO_USERS.programme_manager.email } });
    return created.title;
  });
});

test("a board member opens the dashboard from the navigation and reads the headline and the change by ambition", async ({ page }) => {
  await signInAs(page, "board_member");
  await page.getByRole("navigation", { name: "Primary navigation" }).getByRole("link", { name: "Dashboard" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(`${BNSSG}: palliative and end of life care self-assessment`);
  dashboardUrl = new URL(page.url()).pathname;
  expect(dashboardUrl).toMatch(/^\/dashboards\/[0-9a-f-]{36}$/);

  const headline = page.getByRole("region", { name: /^Headline/ });
  // 2022/23 had 27 rated items at 0-2, 29 at 3 and 15 at 4-5; now 28, 27 and 16.
  await expect(headline.getByRole("heading")).toHaveText("Headline: Between levels 0 and 2");
  // 44 of 75 at level 3+ in 2022/23; 6.3.1 fell below: 43 of 75.
  await expect(headline).toContainText("57.3% of all items are at level 3 or above.");
  await expect(headline).toContainText(`From ${latestTitle}`);
  await expect(page.getByText("Dashboard draft nobody on the board sees")).toHaveCount(0);

  const table = page.getByRole("table", { name: "Share of items at level 3 and above, by ambition" });
  await expect(table.getByRole("row", { name: /^6 / }).getByRole("cell")).toHaveText(["0.0", "4 of 4", "25.0", "down −25.0"]);
  await expect(table.getByRole("row", { name: /^1 / }).getByRole("cell")).toHaveText(["57.9", "17 of 19", "57.9", "no change 0.0"]);
  // The change is between the figures shown (58.7 to 57.3), as a reader checks it by hand.
  await expect(table.getByRole("row", { name: /^All ambitions/ }).getByRole("cell")).toHaveText(["57.3", "71 of 75", "58.7", "down −1.4"]);

  const chart = page.getByRole("img", { name: /Bar chart of each ambition's share/ });
  await expect(chart.locator(".recharts-bar-rectangle").first()).toBeVisible();
  await expect(page.locator(".app-chart .recharts-legend-item")).toHaveCount(2);
  await expectNoAxeViolations(page, "Dashboard");
});

test("the dashboard says what moved since the one before, and lists the gaps below level 3", async ({ page }) => {
  await signInAs(page, "board_member");
  await page.goto(dashboardUrl);
  const changes = page.getByRole("region", { name: /^What changed since/ });
  await expect(changes).toContainText("1 item went up, 1 went down");
  await expect(changes.getByRole("listitem")).toHaveText([/^6\.3\.1 .*: Level 3 to Level 1$/]);
  const gaps = page.getByRole("region", { name: "Items below level 3, and their gaps" });
  await expect(gaps.getByRole("listitem").filter({ hasText: "6.3.1" })).toContainText(GAP);
  await expect(gaps.getByRole("listitem").filter({ hasText: "6.3.1" })).toContainText("Level 1");
  const history = page.getByRole("table", { name: "Submitted self-assessments, newest first" });
  await expect(history.getByRole("row").nth(1)).toContainText(latestTitle);
});

test("prints as a board paper: no navigation or buttons, the chart and tables kept", async ({ page }) => {
  await signInAs(page, "board_member");
  await page.goto(dashboardUrl);
  await expect(page.getByRole("button", { name: "Print this page" })).toBeVisible();
  await expect(page.locator(".app-chart .recharts-bar-rectangle").first()).toBeVisible();
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("button", { name: "Print this page" })).toBeHidden();
  await expect(page.locator(".nhsuk-header__navigation")).toBeHidden();
  await expect(page.locator(".app-chart .recharts-bar-rectangle").first()).toBeVisible();
  const pdf = await page.pdf({ format: "A4" });
  expect(pdf.byteLength).toBeGreaterThan(20_000);
});

test("the printed board paper says whose, which, how complete and when, numbers its pages, and prints links without addresses", async ({ page }) => {
  await signInAs(page, "board_member");
  await page.goto(dashboardUrl);
  const front = page.getByRole("region", { name: "Board paper" });
  // Only on paper: the screen has the headline.
  await expect(front).toBeHidden();
  await page.emulateMedia({ media: "print" });
  await expect(front).toBeVisible();
  const today = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "Europe/London" }).format(new Date());
  for (const [key, value] of [
    ["Organisation", BNSSG],
    ["Self-assessment", latestTitle],
    ["Status", "Submitted"],
    ["Submitted", `by ${DEMO_USERS.programme_manager.name}`],
    ["Signed off", "Not yet signed off by the clinical lead"],
    // The demo's 2022/23 return rated 71 of the 75 items, and so does this one.
    ["Completeness", "71 of 75 items rated (4 not yet rated)"],
    ["Printed", today],
  ] as const) {
    await expect(front.locator(".nhsuk-summary-list__row").filter({ has: page.locator("dt", { hasText: new RegExp(`^${key}$`) }) })).toContainText(value);
  }
  // Links print as their words only: the design system's " (Link: address)" is switched off.
  const historyLink = page.getByRole("table", { name: "Submitted self-assessments, newest first" }).getByRole("link").first();
  await expect(historyLink).toBeVisible();
  const after = await historyLink.evaluate((link) => getComputedStyle(link, "::after").content);
  expect(["none", "normal"]).toContain(after);
  // Page numbers: the browser has the page's bottom-right margin box counting pages.
  const pageNumbers = await page.evaluate(() =>
    [...document.styleSheets].flatMap((sheet) => {
      try {
        return [...sheet.cssRules].filter((rule) => rule instanceof CSSPageRule).flatMap((rule) => [...(rule as CSSPageRule).cssRules].map((margin) => margin.cssText));
      } catch {
        return [];
      }
    }),
  );
  expect(pageNumbers.some((text) => text.includes("bottom-right") && text.includes("counter(page)") && text.includes("counter(pages)"))).toBe(true);
});

test("reads at 320 px wide without sideways scrolling", async ({ page }) => {
  await signInAs(page, "board_member");
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto(dashboardUrl);
  await expect(page.locator(".app-chart .recharts-bar-rectangle").first()).toBeVisible();
  await expectNoSidewaysScroll(page);
  await expectNoAxeViolations(page, "Dashboard");
});

test("a regional lead and a contributor have no dashboard: no link, and 404", async ({ page }) => {
  for (const role of ["regional_lead", "contributor"] as const) {
    await signInAs(page, role);
    await expect(page.getByRole("navigation", { name: "Primary navigation" }).getByRole("link", { name: "Dashboard" })).toHaveCount(0);
    expect((await page.goto(dashboardUrl))?.status(), role).toBe(404);
    expect((await page.goto("/dashboard"))?.status(), role).toBe(404);
  }
});
