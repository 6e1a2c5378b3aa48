// Single sign-on matching and the demo users.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadPolicyUser } from "../../lib/auth/load-policy-user";
import { signInWithEntra } from "../../lib/auth/sign-in-with-entra";
import { signInWithPassword } from "../../lib/auth/sign-in-with-password";
import { DEMO_USERS } from "../../lib/seed/demo-users";
import { seedDemoUsers } from "../../lib/seed/seed-demo-users";
import { getCatalogueVersion } from "../../lib/catalogue/get-catalogue-version";
import { getReturn } from "../../lib/returns/get-return";
import { listReturns } from "../../lib/returns/list-returns";
import { scoreStoredReturn } from "../../lib/returns/score-stored-return";
import { DEMO_RETURN_TITLE, seedDemoReturns } from "../../lib/seed/seed-demo-returns";
import { seedReferenceData } from "../../lib/seed/seed-reference-data";
import bnssg from "../fixtures/bnssg-2022-23.json";
import { freshDb } from "./support/database";
import { createTestUser, seedBnssg } from "./support/auth-fixtures";

describe("signInWithEntra", () => {
  let fresh: Awaited<ReturnType<typeof freshDb>>;
  beforeAll(async () => {
    fresh = await freshDb();
  });
  afterAll(async () => fresh.cleanup());

  it("matches an existing active user by email, ignoring case, and opens a session", async () => {
    const userId = await createTestUser(fresh.db, { email: "jo.bloggs@nhs.net", password: null });
    const result = await signInWithEntra(fresh.db, { email: "Jo.Bloggs@NHS.NET", ip: "10.0.0.1" });
    expect(result).toMatchObject({ ok: true, userId });
    if (!result.ok) throw new Error("unreachable");
    expect(await fresh.db.userSession.findUnique({ where: { id: result.sessionId } })).toMatchObject({ userId });
    expect(await fresh.db.auditEvent.findFirst({ where: { targetId: result.sessionId } })).toMatchObject({
      action: "sign_in",
      outcome: "success",
      details: { method: "entra" },
    });
  });

  it("creates nobody: an unknown email is refused and audited", async () => {
    const before = await fresh.db.user.count();
    expect(await signInWithEntra(fresh.db, { email: "stranger@nhs.net", ip: "10.0.0.1" })).toEqual({ ok: false, reason: "no_account" });
    expect(await signInWithEntra(fresh.db, { email: undefined, ip: "10.0.0.1" })).toEqual({ ok: false, reason: "no_account" });
    expect(await fresh.db.user.count()).toBe(before);
    expect(await fresh.db.auditEvent.findFirst({ where: { actorEmail: "stranger@nhs.net" } })).toMatchObject({
      action: "sign_in",
      outcome: "failure",
      details: { method: "entra", reason: "no_account" },
    });
  });

  it("refuses a disabled user", async () => {
    await createTestUser(fresh.db, { email: "left@nhs.net", disabled: true });
    expect(await signInWithEntra(fresh.db, { email: "left@nhs.net", ip: null })).toEqual({ ok: false, reason: "no_account" });
  });
});

describe("seedDemoUsers", () => {
  let fresh: Awaited<ReturnType<typeof freshDb>>;
  beforeAll(async () => {
    fresh = await freshDb();
    await seedBnssg(fresh.db);
  });
  afterAll(async () => fresh.cleanup());

  it("creates one user per role who can sign in, with the role on BNSSG (the regional lead on South West)", async () => {
    await seedDemoUsers(fresh.db);
    for (const demo of DEMO_USERS) {
      const result = await signInWithPassword(fresh.db, { email: demo.email, password: demo.password, ip: "127.0.0.1" });
      expect(result, demo.email).toMatchObject({ ok: true });
      if (!result.ok) continue;
      const user = await loadPolicyUser(fresh.db, result.userId);
      expect(user?.memberships.map((membership) => [membership.role, membership.organisation.kind])).toEqual([
        [demo.role, demo.role === "regional_lead" ? "region" : "icb"],
      ]);
    }
    expect(new Set(DEMO_USERS.map((demo) => demo.role)).size).toBe(6);
    expect(DEMO_USERS.every((demo) => demo.password.length >= 12)).toBe(true);
  });

  it("is idempotent and leaves a demo user's later changes alone", async () => {
    const demo = DEMO_USERS[0]!;
    await fresh.db.user.update({ where: { email: demo.email }, data: { name: "Renamed", disabledAt: new Date() } });
    await seedDemoUsers(fresh.db);
    await seedDemoUsers(fresh.db);
    expect(await fresh.db.user.count()).toBe(DEMO_USERS.length);
    expect(await fresh.db.membership.count()).toBe(DEMO_USERS.length);
    expect(await fresh.db.user.findUnique({ where: { email: demo.email } })).toMatchObject({ name: "Renamed" });
  });
});

describe("seedDemoReturns", () => {
  let fresh: Awaited<ReturnType<typeof freshDb>>;
  beforeAll(async () => {
    fresh = await freshDb();
    await seedReferenceData(fresh.db);
    await seedDemoUsers(fresh.db);
  });
  afterAll(async () => fresh.cleanup());

  it("seeds BNSSG's published return once, submitted, so its board and region can read it, and it scores as published", async () => {
    await seedDemoReturns(fresh.db);
    await seedDemoReturns(fresh.db);
    const rows = await fresh.db.assessmentReturn.findMany({ include: { organisation: true } });
    expect(rows).toHaveLength(1);
    const [row] = rows;
    expect(row).toMatchObject({ title: DEMO_RETURN_TITLE, status: "submitted" });
    const stored = await getReturn(fresh.db, row!.id);
    const score = scoreStoredReturn((await getCatalogueVersion(fresh.db, "regional-2021"))!, stored!);
    for (const [ambition, expected] of Object.entries(bnssg.expected.ambitions)) {
      const got = score.ambitions.find((entry) => entry.ambition === Number(ambition));
      expect([...got!.shares, got!.level3Plus], `ambition ${ambition}`).toEqual(expected);
    }
    for (const role of ["board_member", "regional_lead"] as const) {
      const demo = DEMO_USERS.find((user) => user.role === role)!;
      const user = await fresh.db.user.findUniqueOrThrow({ where: { email: demo.email } });
      const policyUser = await loadPolicyUser(fresh.db, user.id);
      expect((await listReturns(fresh.db, policyUser!)).map((entry) => entry.id), role).toEqual([row!.id]);
    }
  });

  it("carries BNSSG's own evidence and gaps, word for word from the FOI answer, on the items the answer has them for", async () => {
    await seedDemoReturns(fresh.db);
    const answers = await fresh.db.returnAnswer.findMany({
      where: { return: { title: DEMO_RETURN_TITLE } },
      select: { evidence: true, gaps: true, level: true, catalogueItem: { select: { key: true } } },
    });
    const byKey = new Map(answers.map((answer) => [answer.catalogueItem.key, answer]));
    expect(answers.filter((answer) => answer.evidence !== "" || answer.gaps !== "")).toHaveLength(54);
    // Two passages of seed 001, as printed there with its line wraps joined.
    expect(byKey.get("1.1.7")).toMatchObject({
      level: 0,
      evidence: "TBC  - not known.",
      gaps: "Establish how this might be implemented - look for examples from other systems.",
    });
    expect(byKey.get("3.4.1")).toMatchObject({
      level: 1,
      gaps: "Not understood at a system level which of these are included in patietn eedback surveys, no systemp plan for monitoring.",
    });
    expect(byKey.get("4.1.2/care-homes")?.evidence).toBe("not yet");
    // Items the answer leaves blank stay blank.
    expect(byKey.get("6.3.1")).toMatchObject({ level: 3, evidence: "", gaps: "" });
  });
});
