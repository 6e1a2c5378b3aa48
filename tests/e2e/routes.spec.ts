// Every route the app serves, and what each kind of visitor gets from it. The table below is
// hand-written: a new page.tsx or route.ts without a row fails the first test, as does a row
// whose route is gone, so no route can skip its access check. Then every route is requested
// anonymously and as each of the six demo roles, and the answers must match the table.
import { readdirSync } from "node:fs";
import path from "node:path";
import { expect, test, type APIRequestContext, type APIResponse, type Browser } from "@playwright/test";
import { ROLES, type Role } from "../../lib/policy/roles";
import { DEMO_USERS, signInAs } from "./support/sign-in";
import { createPlace, createReturnRow, findIcb, withAppDatabase } from "./fixtures/app-database";
import { postForm, readForm } from "./fixtures/forms";
import { createActionRow } from "./fixtures/plan-fixtures";

const BNSSG = "Bristol, North Somerset and South Gloucestershire"; // the demo users' ICB
const DEVON = "Devon"; // another ICB in the same region

type Outcome =
  | "ok" // 200
  | "not-found" // 404, exactly as for something that does not exist
  | "sign-in" // redirect to the sign-in page, coming back afterwards
  | "home" // redirect to the home page (the sign-in page, once signed in)
  | "redirect" // redirect to another page of the app (a list of one, straight to the one)
  | "method-not-allowed" // 405 (a POST-only route asked with GET)
  | "signed-out"; // 401 (a JSON API asked without a session: no redirect to a page)

type Visitor = "anonymous" | Role;

interface Samples {
  /** The home ICB of the demo users (the administrator's membership is there too). */
  homeIcb: string;
  /** A place within the home ICB. */
  homePlace: string;
  /** Another ICB, and a place within it. */
  otherIcb: string;
  otherPlace: string;
  /** The demo regional lead's region, and another. */
  region: string;
  otherRegion: string;
  /** Returns of the home ICB and of the other ICB (same region), as draft and as submitted. */
  homeDraft: string;
  homeSubmitted: string;
  otherDraft: string;
  otherSubmitted: string;
  /** A user, for the user administration pages. */
  someUser: string;
  /** Improvement actions: raised from the home ICB's submitted return, from its draft, and from the other ICB's submitted return. */
  homeAction: string;
  homeDraftAction: string;
  otherAction: string;
}

type Row =
  | {
      /** Concrete paths to request for this route ([param] segments filled in). */
      paths: (samples: Samples) => string[];
      expect: Record<Visitor, Outcome>;
    }
  /** For routes whose answer depends on the resource: each path with its own expectation. */
  | { cases: (samples: Samples) => { path: string; expect: Record<Visitor, Outcome> }[] };

function casesOf(row: Row, samples: Samples): { path: string; expect: Record<Visitor, Outcome> }[] {
  return "cases" in row ? row.cases(samples) : row.paths(samples).map((path) => ({ path, expect: row.expect }));
}

/** Who reads a return: its own ICB's contributors, managers and clinical leads always; its board and region once submitted. */
function returnReaders(s: Samples, suffix: string): { path: string; expect: Record<Visitor, Outcome> }[] {
  return [
    { path: `/returns/${s.homeDraft}${suffix}`, expect: only("contributor", "programme_manager", "clinical_lead") },
    { path: `/returns/${s.homeSubmitted}${suffix}`, expect: only("contributor", "programme_manager", "clinical_lead", "board_member", "regional_lead") },
    { path: `/returns/${s.otherDraft}${suffix}`, expect: only() },
    { path: `/returns/${s.otherSubmitted}${suffix}`, expect: only("regional_lead") },
  ];
}

/** Pages that change a return: only while it is a draft, only for `editors`, only in their own ICB. */
function returnEditors(s: Samples, suffix: string, ...editors: Role[]): { path: string; expect: Record<Visitor, Outcome> }[] {
  return [
    { path: `/returns/${s.homeDraft}${suffix}`, expect: only(...editors) },
    ...[s.homeSubmitted, s.otherDraft, s.otherSubmitted].map((id) => ({ path: `/returns/${id}${suffix}`, expect: only() })),
  ];
}

function everyone(outcome: Outcome, anonymous: Outcome = outcome): Record<Visitor, Outcome> {
  return { anonymous, ...Object.fromEntries(ROLES.map((role) => [role, outcome])) } as Record<Visitor, Outcome>;
}

/** Signed-in users with one of `allowed` get `ok`; other signed-in users 404; anonymous visitors go to sign in. */
function only(...allowed: Role[]): Record<Visitor, Outcome> {
  return { anonymous: "sign-in", ...Object.fromEntries(ROLES.map((role) => [role, allowed.includes(role) ? "ok" : "not-found"])) } as Record<Visitor, Outcome>;
}

const SAMPLE_TOKEN = "A".repeat(43); // the shape of a token; never issued

const ROUTES: Record<string, Row> = {
  // The improvement plan (issue 13).
  "/plan": {
    paths: () => ["/plan"],
    expect: { ...only("regional_lead", "administrator"), contributor: "redirect", programme_manager: "redirect", clinical_lead: "redirect", board_member: "redirect" },
  },
  "/organisations/[id]/plan": {
    cases: (s) => [
      { path: `/organisations/${s.homeIcb}/plan`, expect: only("contributor", "programme_manager", "clinical_lead", "board_member", "regional_lead") },
      { path: `/organisations/${s.homePlace}/plan?status=done&due=soon`, expect: only("programme_manager", "board_member", "regional_lead") },
      { path: `/organisations/${s.otherIcb}/plan`, expect: only("regional_lead") },
      ...[s.region, "00000000-0000-4000-8000-000000000000", "not-an-id"].map((id) => ({ path: `/organisations/${id}/plan`, expect: only() })),
    ],
  },
  "/actions/new": {
    cases: (s) => [
      { path: `/actions/new?return=${s.homeSubmitted}&item=1.1.1`, expect: only("programme_manager", "clinical_lead") },
      { path: `/actions/new?return=${s.homeDraft}&ambition=2`, expect: only("programme_manager", "clinical_lead") },
      { path: `/actions/new?return=${s.homeSubmitted}&item=1.1.1&source=${s.otherSubmitted}`, expect: only() },
      ...[`return=${s.otherSubmitted}&ambition=1`, `return=${s.homeSubmitted}`, `return=${s.homeSubmitted}&item=9.9.9`, "return=not-an-id&ambition=1", ""].map((query) => ({
        path: `/actions/new?${query}`,
        expect: only(),
      })),
    ],
  },
  "/actions/[id]": {
    cases: (s) => [
      { path: `/actions/${s.homeAction}`, expect: only("contributor", "programme_manager", "clinical_lead", "board_member", "regional_lead") },
      { path: `/actions/${s.homeDraftAction}`, expect: only("contributor", "programme_manager", "clinical_lead", "board_member") },
      { path: `/actions/${s.otherAction}`, expect: only("regional_lead") },
      ...["00000000-0000-4000-8000-000000000000", "not-an-id"].map((id) => ({ path: `/actions/${id}`, expect: only() })),
    ],
  },
  "/actions/[id]/edit": {
    cases: (s) => [
      { path: `/actions/${s.homeAction}/edit`, expect: only("programme_manager", "clinical_lead") },
      ...[s.otherAction, "not-an-id"].map((id) => ({ path: `/actions/${id}/edit`, expect: only() })),
    ],
  },
  "/": { paths: () => ["/"], expect: everyone("ok", "sign-in") },
  "/catalogue": { paths: () => ["/catalogue"], expect: everyone("ok", "sign-in") },
  "/catalogue/[version]/template.xlsx": {
    cases: () => [
      { path: "/catalogue/regional-2021/template.xlsx", expect: everyone("ok", "sign-in") },
      { path: "/catalogue/no-such-version/template.xlsx", expect: everyone("not-found", "sign-in") },
    ],
  },
  "/sign-in": { paths: () => ["/sign-in"], expect: everyone("home", "ok") },
  "/sign-out": { paths: () => ["/sign-out"], expect: everyone("method-not-allowed") },
  "/api/health": { paths: () => ["/api/health"], expect: everyone("ok") },
  "/api/auth/[...nextauth]": { paths: () => ["/api/auth/providers", "/api/auth/csrf"], expect: everyone("ok") },
  // The autosave API (GET: the answers): whoever reads the return; JSON, so 401 without a session.
  "/api/returns/[id]/answers": {
    cases: (s) => returnReaders(s, "").map(({ path, expect }) => ({ path: `/api${path}/answers`, expect: { ...expect, anonymous: "signed-out" as const } })),
  },
  "/accept-invitation/[token]": { paths: () => [`/accept-invitation/${SAMPLE_TOKEN}`], expect: everyone("ok") },
  "/accept-invitation/accepted": { paths: () => ["/accept-invitation/accepted"], expect: everyone("ok") },
  "/admin/organisations": { paths: () => ["/admin/organisations"], expect: only("administrator") },
  "/admin/organisations/[id]/rename": {
    paths: (s) => [s.homeIcb, s.homePlace, s.otherIcb, s.otherPlace, s.region].map((id) => `/admin/organisations/${id}/rename`),
    expect: only("administrator"),
  },
  "/admin/organisations/[id]/add": {
    paths: (s) => [s.homeIcb, s.otherIcb, s.region].map((id) => `/admin/organisations/${id}/add`),
    expect: only("administrator"),
  },
  "/admin/audit": { paths: () => ["/admin/audit", "/admin/audit?action=sign_in&before=999999"], expect: only("administrator") },
  "/admin/catalogues": { paths: () => ["/admin/catalogues"], expect: only("administrator") },
  "/admin/users": { paths: () => ["/admin/users"], expect: only("administrator") },
  "/admin/users/[id]": {
    cases: (s) => [
      { path: `/admin/users/${s.someUser}`, expect: only("administrator") },
      { path: "/admin/users/00000000-0000-4000-8000-000000000000", expect: only() },
      { path: "/admin/users/not-an-id", expect: only() },
    ],
  },
  "/dashboard": {
    paths: () => ["/dashboard"],
    expect: { ...only(), programme_manager: "redirect", board_member: "redirect" },
  },
  "/dashboards/[id]": {
    cases: (s) => [
      ...[s.homeIcb, s.homePlace].map((id) => ({ path: `/dashboards/${id}`, expect: only("programme_manager", "board_member") })),
      ...[s.otherIcb, s.otherPlace, s.region, "00000000-0000-4000-8000-000000000000", "not-an-id"].map((id) => ({
        path: `/dashboards/${id}`,
        expect: only(),
      })),
    ],
  },
  "/regions": {
    paths: () => ["/regions"],
    expect: { ...only(), regional_lead: "redirect" },
  },
  "/regions/[id]": {
    cases: (s) => [
      { path: `/regions/${s.region}`, expect: only("regional_lead") },
      ...[s.otherRegion, s.homeIcb, "00000000-0000-4000-8000-000000000000", "not-an-id"].map((id) => ({ path: `/regions/${id}`, expect: only() })),
    ],
  },
  "/regions/[id]/comparison.xlsx": {
    cases: (s) => [
      { path: `/regions/${s.region}/comparison.xlsx`, expect: only("regional_lead") },
      { path: `/regions/${s.otherRegion}/comparison.xlsx`, expect: only() },
    ],
  },
  "/regions/[id]/ambitions/[number]": {
    cases: (s) => [
      { path: `/regions/${s.region}/ambitions/4`, expect: only("regional_lead") },
      { path: `/regions/${s.region}/ambitions/7`, expect: only() },
      { path: `/regions/${s.otherRegion}/ambitions/4`, expect: only() },
    ],
  },
  "/invitations/new": { paths: () => ["/invitations/new"], expect: only("programme_manager", "administrator") },
  "/returns": { paths: () => ["/returns"], expect: everyone("ok", "sign-in") },
  "/returns/new": { paths: () => ["/returns/new"], expect: only("programme_manager") },
  "/returns/[id]": {
    cases: (s) => [
      ...returnReaders(s, ""),
      { path: "/returns/00000000-0000-4000-8000-000000000000", expect: only() },
      { path: "/returns/not-an-id", expect: only() },
    ],
  },
  "/returns/[id]/export.xlsx": {
    cases: (s) => [...returnReaders(s, "/export.xlsx"), { path: "/returns/00000000-0000-4000-8000-000000000000/export.xlsx", expect: only() }],
  },
  "/returns/[id]/ambitions/[number]": {
    cases: (s) => [...returnReaders(s, "/ambitions/1"), { path: `/returns/${s.homeDraft}/ambitions/7`, expect: only() }],
  },
  "/returns/[id]/assign/[...key]": {
    cases: (s) => [...returnEditors(s, "/assign/1.1.2", "programme_manager"), ...returnEditors(s, "/assign/4.1.2/hospice", "programme_manager")],
  },
  "/returns/[id]/refresh": {
    cases: (s) => [
      { path: `/returns/${s.homeSubmitted}/refresh`, expect: only("programme_manager") },
      ...[s.homeDraft, s.otherDraft, s.otherSubmitted].map((id) => ({ path: `/returns/${id}/refresh`, expect: only() })),
    ],
  },
  "/returns/[id]/sections/[number]/assign": {
    cases: (s) => [...returnEditors(s, "/sections/1.1/assign", "programme_manager"), { path: `/returns/${s.homeDraft}/sections/9.9/assign`, expect: only() }],
  },
  // Importing a workbook: whoever edits items of the draft (each item still by its assignment).
  "/returns/[id]/import": { cases: (s) => returnEditors(s, "/import", "contributor", "programme_manager", "clinical_lead") },
  "/returns/[id]/import/upload": { paths: (s) => [`/returns/${s.homeDraft}/import/upload`], expect: everyone("method-not-allowed") },
  // A preview is its uploader's alone: an id nobody uploaded is not found for everyone.
  "/returns/[id]/import/[importId]": {
    cases: (s) => [s.homeDraft, s.otherDraft, s.homeSubmitted].map((id) => ({ path: `/returns/${id}/import/00000000-0000-4000-8000-000000000000`, expect: only() })),
  },
  "/returns/[id]/details": { cases: (s) => returnEditors(s, "/details", "programme_manager") },
  "/returns/[id]/submit": { cases: (s) => returnEditors(s, "/submit", "programme_manager") },
  "/returns/[id]/submitted": {
    cases: (s) => [
      // A draft has not been submitted: its readers are sent to the return's page.
      { path: `/returns/${s.homeDraft}/submitted`, expect: { ...only(), contributor: "redirect", programme_manager: "redirect", clinical_lead: "redirect" } },
      ...returnReaders(s, "/submitted").slice(1),
    ],
  },
  "/returns/[id]/sign-off": {
    cases: (s) => [
      { path: `/returns/${s.homeSubmitted}/sign-off`, expect: only("clinical_lead") },
      ...[s.homeDraft, s.otherDraft, s.otherSubmitted].map((id) => ({ path: `/returns/${id}/sign-off`, expect: only() })),
    ],
  },
  // A submitted return goes back to draft by its programme manager; a signed-off one by an administrator.
  "/returns/[id]/reopen": {
    cases: (s) => [
      { path: `/returns/${s.homeSubmitted}/reopen`, expect: only("programme_manager") },
      ...[s.homeDraft, s.otherDraft, s.otherSubmitted].map((id) => ({ path: `/returns/${id}/reopen`, expect: only() })),
    ],
  },
  // Whoever reads the return reads why they cannot change an item (submitted, signed off, assigned).
  // The ICB's programme manager and clinical lead read what its partners said (docs/partner-returns.md).
  "/returns/[id]/partners": {
    cases: (s) => [
      ...[s.homeDraft, s.homeSubmitted].map((id) => ({ path: `/returns/${id}/partners`, expect: only("programme_manager", "clinical_lead") })),
      ...[s.otherDraft, s.otherSubmitted].map((id) => ({ path: `/returns/${id}/partners`, expect: only() })),
    ],
  },
  "/returns/[id]/partner-gaps/[ambition]": {
    cases: (s) => [
      { path: `/returns/${s.homeDraft}/partner-gaps/1`, expect: only("programme_manager", "clinical_lead") },
      { path: `/returns/${s.homeSubmitted}/partner-gaps/6`, expect: only("programme_manager", "clinical_lead") },
      { path: `/returns/${s.homeDraft}/partner-gaps/7`, expect: only() },
      { path: `/returns/${s.otherDraft}/partner-gaps/1`, expect: only() },
    ],
  },
  "/returns/[id]/items/[...key]": {
    cases: (s) => [
      ...returnReaders(s, "/items/1.1.2"),
      ...returnReaders(s, "/items/4.1.2/ambulance"),
      // A stem is never rated, so it has no page.
      { path: `/returns/${s.homeDraft}/items/1.6.1`, expect: only() },
    ],
  },
};

/** Every page.tsx and route.ts under app/, as a route pattern: "/admin/organisations/[id]/rename". */
function discoverRoutes(dir = path.resolve("app"), segments: string[] = []): string[] {
  const routes: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) {
      // Route groups "(name)" and parallel routes "@slot" add no URL segment; "_folders" are private.
      if (entry.name.startsWith("_")) continue;
      const segment = /^\(.*\)$/.test(entry.name) || entry.name.startsWith("@") ? [] : [entry.name];
      routes.push(...discoverRoutes(path.join(dir, entry.name), [...segments, ...segment]));
    } else if (/^(page|route)\.(tsx?|jsx?|mdx?)$/.test(entry.name)) {
      routes.push(`/${segments.join("/")}`);
    }
  }
  return routes.sort();
}

async function check(request: APIRequestContext, url: string, expected: Outcome, who: Visitor): Promise<string | null> {
  const response: APIResponse = await request.get(url, { maxRedirects: 0 });
  const status = response.status();
  const location = response.headers()["location"] ?? "";
  const actual: Outcome | string =
    status === 200
      ? "ok"
      : status === 404
        ? "not-found"
        : status === 405
          ? "method-not-allowed"
          : status === 401
            ? "signed-out"
          : status >= 300 && status < 400 && location.startsWith("/sign-in?callbackUrl=")
            ? "sign-in"
            : status >= 300 && status < 400 && (location === "/" || location === new URL("/", response.url()).toString())
              ? "home"
              : status >= 300 && status < 400 && location.startsWith("/")
                ? "redirect"
                : `${status} ${location}`;
  return actual === expected ? null : `${who} GET ${url}: expected ${expected}, got ${actual}`;
}

let samples: Samples;

test.beforeAll(async () => {
  samples = await withAppDatabase(async (db) => {
    const home = await findIcb(db, BNSSG);
    const other = await findIcb(db, DEVON);
    const made = {
      homeIcb: home.id,
      homePlace: (await createPlace(db, BNSSG, "Routes home place")).id,
      otherIcb: other.id,
      otherPlace: (await createPlace(db, DEVON, "Routes other place")).id,
      region: home.regionId as string,
      otherRegion: (await db.organisation.findFirstOrThrow({ where: { kind: "region", id: { not: home.regionId as string } } })).id,
      homeDraft: (await createReturnRow(db, BNSSG, "draft", "Routes home draft")).id,
      homeSubmitted: (await createReturnRow(db, BNSSG, "submitted", "Routes home submitted")).id,
      otherDraft: (await createReturnRow(db, DEVON, "draft", "Routes other draft")).id,
      otherSubmitted: (await createReturnRow(db, DEVON, "submitted", "Routes other submitted")).id,
      someUser: (await db.user.findFirstOrThrow({ where: { email: DEMO_USERS.contributor.email } })).id,
    };
    const action = (returnId: string, itemKey: string | null) =>
      createActionRow(db, { returnId, itemKey, ambitionNumber: 1, wantTo: "Routes action", ownerName: "A hospice", dueDate: "2027-03-31" }).then((row) => row.id);
    return {
      ...made,
      homeAction: await action(made.homeSubmitted, "1.1.1"),
      homeDraftAction: await action(made.homeDraft, null),
      otherAction: await action(made.otherSubmitted, "1.1.1"),
    };
  });
});

test("every route under app/ has an expectation row, and every row a route", () => {
  const discovered = discoverRoutes();
  const listed = Object.keys(ROUTES).sort();
  expect(discovered.filter((route) => !listed.includes(route)), "routes without an expectation row").toEqual([]);
  expect(listed.filter((route) => !discovered.includes(route)), "rows for routes that no longer exist").toEqual([]);
});

test("an anonymous visitor gets what the table says from every route", async ({ request }) => {
  const problems: string[] = [];
  for (const [route, row] of Object.entries(ROUTES)) {
    for (const { path: url, expect: expected } of casesOf(row, samples)) {
      const problem = await check(request, url, expected.anonymous, "anonymous");
      if (problem) problems.push(`${route}: ${problem}`);
    }
  }
  expect(problems).toEqual([]);
});

async function signedInRequest(browser: Browser, role: Role) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInAs(page, role);
  return { context, page };
}

for (const role of ROLES) {
  test(`a ${role.replace("_", " ")} gets what the table says from every route`, async ({ browser }) => {
    const { context, page } = await signedInRequest(browser, role);
    const problems: string[] = [];
    for (const [route, row] of Object.entries(ROUTES)) {
      for (const { path: url, expect: expected } of casesOf(row, samples)) {
        const problem = await check(page.request, url, expected[role], role);
        if (problem) problems.push(`${route}: ${problem}`);
      }
    }
    await context.close();
    expect(problems).toEqual([]);
  });
}

test.describe("forged server actions change nothing", () => {
  test("a contributor or programme manager replaying the administrator's rename form for any ICB's organisation gets 404", async ({ browser }) => {
    const started = new Date();
    // The form as the administrator legitimately sees it, action id and all.
    const admin = await signedInRequest(browser, "administrator");
    const targets = [samples.otherPlace, samples.homePlace, samples.otherIcb];
    const forms = new Map<string, Record<string, string>>();
    for (const id of targets) {
      await admin.page.goto(`/admin/organisations/${id}/rename`);
      forms.set(id, await readForm(admin.page, "Rename organisation"));
    }
    const origin = new URL(admin.page.url()).origin;
    const before = await withAppDatabase((db) => db.organisation.findMany({ where: { id: { in: targets } }, orderBy: { id: "asc" } }));

    for (const role of ["contributor", "programme_manager"] as const) {
      const attacker = await signedInRequest(browser, role);
      for (const id of targets) {
        const fields = { ...forms.get(id), name: `Forged by ${role}` };
        // To the page the form belongs to: the action runs, authorises, and answers 404.
        const response = await postForm(attacker.page.request, `/admin/organisations/${id}/rename`, fields, origin);
        expect(response.status(), `${role} → rename ${id}`).toBe(404);
        // To a page the attacker may open: Next refuses an action that page does not use (409).
        const elsewhere = await postForm(attacker.page.request, "/", fields, origin);
        expect(elsewhere.status(), `${role} → / for ${id}`).toBe(409);
      }
      await attacker.context.close();
    }

    const after = await withAppDatabase((db) => db.organisation.findMany({ where: { id: { in: targets } }, orderBy: { id: "asc" } }));
    expect(after).toEqual(before);
    // Refusals within a minute share one counted row (its target is the first refused), so
    // count the contributor's refusals on organisations since the test began.
    const denials = await withAppDatabase((db) =>
      db.auditEvent.aggregate({
        _sum: { occurrences: true },
        where: { action: "permission.denied", actorEmail: DEMO_USERS.contributor.email, targetType: "organisation", OR: [{ at: { gte: started } }, { lastAt: { gte: started } }] },
      }),
    );
    expect(denials._sum.occurrences ?? 0).toBeGreaterThanOrEqual(targets.length);

    // The same replay as the administrator succeeds: the forged requests were well formed.
    const control = await postForm(admin.page.request, `/admin/organisations/${samples.otherPlace}/rename`, { ...forms.get(samples.otherPlace), name: "Renamed by the administrator" }, origin);
    expect(control.status()).toBe(303);
    expect((await withAppDatabase((db) => db.organisation.findUniqueOrThrow({ where: { id: samples.otherPlace } }))).name).toBe("Renamed by the administrator");
    await admin.context.close();
  });

  test("a programme manager cannot invite into another ICB, or invite above a contributor, by editing the form", async ({ browser }) => {
    const manager = await signedInRequest(browser, "programme_manager");
    await manager.page.goto("/invitations/new");
    const fields = await readForm(manager.page, "Send invitation");
    const origin = new URL(manager.page.url()).origin;
    const email = `forged.${Date.now()}@example.nhs.uk`;

    const otherIcb = await postForm(manager.page.request, "/invitations/new", { ...fields, email, organisationId: samples.otherIcb, role: "contributor" }, origin);
    expect(otherIcb.status()).toBe(404);

    const escalation = await postForm(manager.page.request, "/invitations/new", { ...fields, email, organisationId: samples.homeIcb, role: "clinical_lead" }, origin);
    expect(escalation.status()).toBe(200);
    expect(await escalation.text()).toContain("You cannot invite a clinical lead to this organisation");

    expect(await withAppDatabase((db) => db.invitation.count({ where: { email } }))).toBe(0);
    await manager.context.close();
  });
});
