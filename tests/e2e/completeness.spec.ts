// Honest figures (issue 12): an incomplete published return is read with how much of it is
// rated, wherever its figures appear: its own page, its organisation's dashboard (the board
// paper) and the regional comparison with its item pages; "what changed" counts the items no
// longer rated; each ambition's spread over the levels is a stacked chart with its data table.
//
// Everything here is this spec's own: a new ICB in London (no other browser test compares
// London), its board member and London's regional lead, and the ICB's two published returns:
// last year's (BNSSG's 2022/23 levels, 71 of 75 rated) and this year's, with only the first 17
// of those items rated and submitted (58 of 75 not yet rated), as the issue found it.
import { readFileSync } from "node:fs";
import path from "node:path";
import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { LEVEL_COLOURS } from "../../components/charts/level-colours";
import { hashPassword } from "../../lib/auth/hash-password";
import type { Db } from "../../lib/db/create-client";
import { referenceKey } from "../../lib/organisations/reference-key";
import { withAppDatabase } from "./fixtures/app-database";
import { expectNoAxeViolations } from "./support/axe";
import { signInWith } from "./support/sign-in";

// Two axe runs and a print emulation per test: generous room on a shared machine.
test.describe.configure({ mode: "serial", timeout: 90_000 });

const PASSWORD = "completeness-spec-password";
const suffix = randomUUID().slice(0, 8);
const ICB_NAME = `Completeness ICB ${suffix}`;
const fixture = JSON.parse(readFileSync(path.resolve("tests/fixtures/bnssg-2022-23.json"), "utf8")) as { levels: Record<string, number | null> };
const ratedKeys = Object.entries(fixture.levels).flatMap(([key, level]) => (level === null ? [] : [key]));
const seventeen = new Set(ratedKeys.slice(0, 17));
/** This year's levels: last year's for 17 items, nothing for the rest. */
const latestLevels = Object.fromEntries(ratedKeys.filter((key) => seventeen.has(key)).map((key) => [key, fixture.levels[key]!]));
const countsAt = [0, 1, 2, 3, 4, 5].map((level) => Object.values(latestLevels).filter((value) => value === level).length);
const ratedInAmbition = (n: number) => Object.keys(latestLevels).filter((key) => key.startsWith(`${n}.`)).length;

/** "#22a884" as the browser reports a computed colour: "rgb(34, 168, 132)". */
const rgb = (hex: string) => `rgb(${[1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16)).join(", ")})`;

let board = { email: "", password: PASSWORD };
let lead = { email: "", password: PASSWORD };
let latestId = "";
let latestTitle = "";

async function createReturn(db: Db, organisationId: string, status: "submitted" | "signed_off", title: string, submittedAt: Date, levels: Record<string, number | null>) {
  const items = await db.catalogueItem.findMany({ where: { catalogueVersionId: "regional-2021", kind: "item" }, select: { id: true, key: true } });
  return db.assessmentReturn.create({
    data: {
      organisationId,
      catalogueVersionId: "regional-2021",
      title,
      status,
      submittedAt,
      signedOffAt: status === "signed_off" ? submittedAt : null,
      answers: {
        create: items.flatMap((item) => {
          const level = levels[item.key];
          return level === null || level === undefined ? [] : [{ catalogueItemId: item.id, level }];
        }),
      },
    },
  });
}

async function createUser(db: Db, organisationId: string, role: "board_member" | "regional_lead") {
  const email = `${role}.${randomUUID().slice(0, 8)}@example.nhs.uk`;
  await db.user.create({
    data: { email, name: `Completeness ${role}`, passwordHash: await hashPassword(PASSWORD), memberships: { create: { organisationId, role } } },
  });
  return { email, password: PASSWORD };
}

test.beforeAll(async () => {
  await withAppDatabase(async (db) => {
    const london = await db.organisation.findUniqueOrThrow({ where: { referenceKey: referenceKey("region", "London") } });
    // An ICB is its own ICB (as seeded): the policy finds everything inside by icb_id.
    const id = randomUUID();
    const icb = await db.organisation.create({ data: { id, kind: "icb", name: ICB_NAME, regionId: london.id, icbId: id } });
    board = await createUser(db, icb.id, "board_member");
    lead = await createUser(db, london.id, "regional_lead");
    const yearAgo = new Date(Date.now() - 365 * 24 * 60 * 60 * 1000);
    await createReturn(db, icb.id, "signed_off", `Completeness last year ${suffix}`, yearAgo, fixture.levels);
    latestTitle = `Completeness this year ${suffix}`;
    latestId = (await createReturn(db, icb.id, "submitted", latestTitle, new Date(), latestLevels)).id;
  });
});

test("the dashboard says 58 of 75 items are not yet rated, counts the items no longer rated, and draws each ambition's levels", async ({ page }) => {
  await signInWith(page, board);
  await page.getByRole("navigation", { name: "Primary navigation" }).getByRole("link", { name: "Dashboard" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(ICB_NAME);

  const headline = page.getByRole("region", { name: /^Headline/ });
  await expect(headline).toContainText("Incomplete");
  await expect(headline).toContainText("58 of 75 items not yet rated");
  // The band's rule is there to read.
  await headline.getByText("How the headline is worked out").click();
  await expect(headline.getByText(/the band holding the most rated items/)).toBeVisible();

  await expect(page.getByRole("heading", { name: "Important: Incomplete: 58 of 75 items not yet rated" })).toBeVisible();
  await expect(page.getByText(`Ambition 2 (Each person gets fair access to care): 6 of 6 not yet rated`)).toBeVisible();

  const byAmbition = page.getByRole("table", { name: "Share of items at level 3 and above, by ambition" });
  await expect(byAmbition.getByRole("row", { name: /^All ambitions/ }).getByRole("cell").nth(1)).toHaveText("17 of 75");

  // What changed: every one of the 75 items, 54 of them rated last year and blank now.
  const changes = page.getByRole("region", { name: /^What changed since/ });
  await expect(changes).toContainText("54 were rated before but are not rated now");
  const movements = changes.getByRole("table", { name: "What happened to each of the 75 items compared" });
  await expect(movements.getByRole("row", { name: /^No longer rated/ }).getByRole("cell")).toHaveText("54");
  await expect(movements.getByRole("row", { name: /^Stayed the same/ }).getByRole("cell")).toHaveText("17");
  await expect(movements.getByRole("row", { name: /^Every item compared/ }).getByRole("cell")).toHaveText("75");
  await expect(changes.getByRole("heading", { name: "Items no longer rated" })).toBeVisible();

  // The stacked chart, its text legend and its data table.
  // The "% at level 3 and above" chart's legend marks this year's series as incomplete.
  await expect(page.locator(".app-chart .recharts-legend-item").filter({ hasText: latestTitle })).toHaveText(`Latest: ${latestTitle} (incomplete)`);

  const chart = page.getByRole("img", { name: /^Stacked bar chart of each ambition's items at each level/ });
  await expect(chart.locator(".recharts-bar-rectangle").first()).toBeVisible();
  const legend = page.locator(".app-chart--levels .app-level-legend");
  await expect(legend.getByRole("listitem")).toHaveText(["Level 0", "Level 1", "Level 2", "Level 3", "Level 4", "Level 5", "Not yet rated"]);
  const table = page.getByRole("table", { name: "Number of items at each level, by ambition" });
  await expect(table.getByRole("row", { name: /^All ambitions/ }).getByRole("cell")).toHaveText([...countsAt.map(String), "58", "17 of 75"]);
  await expect(table.getByRole("row", { name: /^1 / }).getByRole("cell").last()).toHaveText(`${ratedInAmbition(1)} of 19`);

  const history = page.getByRole("table", { name: "Submitted self-assessments, newest first" });
  await expect(history.getByRole("row", { name: new RegExp(latestTitle) })).toContainText("Incomplete");
  await expect(history.getByRole("row", { name: new RegExp(latestTitle) })).toContainText("17 of 75");
  await expectNoAxeViolations(page, "Dashboard");

  // The board paper keeps the completeness and the chart.
  await page.emulateMedia({ media: "print" });
  await expect(headline).toContainText("58 of 75 items not yet rated");
  await expect(chart.locator(".recharts-bar-rectangle").first()).toBeVisible();
});

test("the return's page says how much is rated, per ambition and overall, with the stacked chart and its table", async ({ page }) => {
  await signInWith(page, board);
  await page.goto(`/returns/${latestId}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(latestTitle);
  await expect(page.getByRole("heading", { name: "Important: Incomplete: 58 of 75 items not yet rated" })).toBeVisible();
  await expect(page.getByText("Ambition 6 (Each community is prepared to help): 4 of 4 not yet rated")).toBeVisible();
  await expect(page.getByText("How the headline is worked out")).toBeVisible();
  await expect(page.getByRole("img", { name: /^Stacked bar chart/ }).locator(".recharts-bar-rectangle").first()).toBeVisible();
  const table = page.getByRole("table", { name: "Number of items at each level, by ambition" });
  await expect(table.getByRole("row", { name: /^All ambitions/ }).getByRole("cell")).toHaveText([...countsAt.map(String), "58", "17 of 75"]);
  await expect(table.getByRole("row", { name: /^2 / }).getByRole("cell")).toHaveText(["0", "0", "0", "0", "0", "0", "6", "0 of 6"]);
  await expectNoAxeViolations(page, "Self-assessment");

  // The items are tagged on the level scale, with their text.
  await page.getByRole("link", { name: /^Ambition 1:/ }).click();
  const rated = [...seventeen].find((key) => key.startsWith("1."))!;
  const tag = page.locator(`#item-${rated.replace(/[./]/g, "\\$&")} .app-level-tag`);
  await expect(tag).toHaveText(`Level ${fixture.levels[rated]}`);
  // On the level scale's own colour, not the design system's default tag blue.
  await expect(tag).toHaveCSS("background-color", rgb(LEVEL_COLOURS[fixture.levels[rated]!]!.fill));
  await expectNoAxeViolations(page);
});

test("the regional comparison marks the ICB incomplete and says how much each ICB rated, on the summary and the item pages", async ({ page }) => {
  await signInWith(page, lead);
  await page.getByRole("navigation", { name: "Primary navigation" }).getByRole("link", { name: "Compare ICBs" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("London: ICB self-assessments compared");

  const summary = page.getByRole("table", { name: /by ICB$/ });
  await expect(summary.getByRole("row", { name: new RegExp(`^${ICB_NAME}`) }).getByRole("rowheader")).toContainText("Incomplete");
  const completeness = page.getByRole("table", { name: "Items rated in each ICB's self-assessment, by ambition" });
  const row = completeness.getByRole("row", { name: new RegExp(`^${ICB_NAME}`) });
  await expect(row.getByRole("cell")).toHaveText([
    `${ratedInAmbition(1)} of 19`,
    `${ratedInAmbition(2)} of 6`,
    `${ratedInAmbition(3)} of 16`,
    `${ratedInAmbition(4)} of 23`,
    `${ratedInAmbition(5)} of 7`,
    `${ratedInAmbition(6)} of 4`,
    "58 of 75 items not yet rated",
  ]);
  await expect(page.getByText("How the headline is worked out")).toBeVisible();
  await expectNoAxeViolations(page, "Compare ICBs");

  await page.getByRole("link", { name: /^Ambition 1:/ }).click();
  await expect(page).toHaveTitle(/^Ambition 1 - Compare ICBs/);
  const ambition = page.getByRole("table", { name: "Items of ambition 1 rated, by ICB" });
  const icbRow = ambition.getByRole("row", { name: new RegExp(`^${ICB_NAME}`) });
  await expect(icbRow.getByRole("rowheader")).toContainText("Incomplete");
  await expect(icbRow.getByRole("cell")).toHaveText([`${ratedInAmbition(1)} of 19`, "58 of 75 items not yet rated"]);
  await expect(page.locator(".app-matrix .app-level-tag").first()).toHaveText(/^Level [0-5]$/);
  await expectNoAxeViolations(page, "Ambition 1 - Compare ICBs");
});
