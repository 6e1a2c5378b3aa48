// Email and password sign-in against a real PostgreSQL: the lockout, its window, the
// per-address limit, concurrency and the audit trail.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ACCOUNT_LIMIT, ADDRESS_LIMIT } from "../../lib/auth/sign-in-limits";
import { signInWithPassword } from "../../lib/auth/sign-in-with-password";
import { freshDb } from "./support/database";
import { TEST_PASSWORD, createTestUser, seedBnssg } from "./support/auth-fixtures";

const MINUTE = 60_000;

describe("signInWithPassword", () => {
  let fresh: Awaited<ReturnType<typeof freshDb>>;
  let userId: string;
  let icbId: string;

  beforeAll(async () => {
    fresh = await freshDb();
    ({ icbId } = await seedBnssg(fresh.db));
    userId = await createTestUser(fresh.db, { email: "jo.bloggs@nhs.net", role: "programme_manager", organisationId: icbId });
  });
  afterAll(async () => fresh.cleanup());
  beforeEach(async () => {
    await fresh.db.signInThrottle.deleteMany();
    await fresh.db.auditEvent.deleteMany();
  });

  const at = (minutes: number) => new Date(Date.UTC(2026, 0, 15, 9, 0) + minutes * MINUTE);
  const attempt = (password: string, options: { email?: string; ip?: string | null; now?: Date } = {}) =>
    signInWithPassword(fresh.db, {
      email: options.email ?? "jo.bloggs@nhs.net",
      password,
      ip: options.ip === undefined ? "10.0.0.1" : options.ip,
      userAgent: "vitest",
      now: options.now ?? at(0),
    });

  it("signs in with the right password, comparing the email case-insensitively, and opens a session row", async () => {
    const result = await attempt(TEST_PASSWORD, { email: "  Jo.Bloggs@NHS.net " });
    expect(result).toMatchObject({ ok: true, userId });
    if (!result.ok) throw new Error("unreachable");
    const session = await fresh.db.userSession.findUniqueOrThrow({ where: { id: result.sessionId } });
    expect(session).toMatchObject({ userId, ip: "10.0.0.1", userAgent: "vitest", revokedAt: null });
    expect((await fresh.db.user.findUniqueOrThrow({ where: { id: userId } })).lastSignInAt).toEqual(at(0));
    const audit = await fresh.db.auditEvent.findMany();
    expect(audit).toMatchObject([
      { action: "sign_in", outcome: "success", actorId: userId, actorEmail: "jo.bloggs@nhs.net", ip: "10.0.0.1", targetType: "session", targetId: result.sessionId },
    ]);
  });

  it("gives the same answer for a wrong password, an unknown email and an account without a password", async () => {
    await createTestUser(fresh.db, { email: "sso.only@nhs.net", password: null });
    expect(await attempt("wrong password!")).toEqual({ ok: false, reason: "invalid" });
    expect(await attempt(TEST_PASSWORD, { email: "nobody@nhs.net" })).toEqual({ ok: false, reason: "invalid" });
    expect(await attempt(TEST_PASSWORD, { email: "sso.only@nhs.net" })).toEqual({ ok: false, reason: "invalid" });
    const audit = await fresh.db.auditEvent.findMany({ orderBy: { id: "asc" } });
    expect(audit.map((row) => [row.action, row.outcome, (row.details as { reason: string }).reason])).toEqual([
      ["sign_in", "failure", "wrong_password"],
      ["sign_in", "failure", "unknown_email"],
      ["sign_in", "failure", "no_password"],
    ]);
  });

  it("refuses a disabled user even with the right password", async () => {
    await createTestUser(fresh.db, { email: "gone@nhs.net", disabled: true });
    expect(await attempt(TEST_PASSWORD, { email: "gone@nhs.net" })).toEqual({ ok: false, reason: "invalid" });
  });

  it("pauses the account from that address after 5 failures in 15 minutes; then even the right password fails", async () => {
    for (let i = 0; i < ACCOUNT_LIMIT.maxFailures - 1; i++) {
      expect(await attempt("wrong password!", { now: at(i) })).toEqual({ ok: false, reason: "invalid" });
    }
    // The fifth failure (at minute 4) starts a 15-minute pause and says so.
    expect(await attempt("wrong password!", { now: at(4) })).toEqual({ ok: false, reason: "locked", retryAfterMinutes: 15 });
    expect(await attempt(TEST_PASSWORD, { now: at(5) })).toEqual({ ok: false, reason: "locked", retryAfterMinutes: 14 });
    expect(await attempt(TEST_PASSWORD, { now: at(18.5) })).toEqual({ ok: false, reason: "locked", retryAfterMinutes: 1 });

    // Another address is not paused (the owner elsewhere is not locked out by an attacker here).
    expect(await attempt(TEST_PASSWORD, { ip: "10.0.0.2", now: at(6) })).toMatchObject({ ok: true });

    // After the pause the right password works.
    expect(await attempt(TEST_PASSWORD, { now: at(19) })).toMatchObject({ ok: true });

    const audit = await fresh.db.auditEvent.findMany({ orderBy: { id: "asc" } });
    // Refusals while paused are counted into one row a minute (occurrences), not one row each.
    expect(audit.flatMap((row) => Array<string>(row.occurrences).fill(`${row.action}:${row.outcome}`))).toEqual([
      "sign_in:failure",
      "sign_in:failure",
      "sign_in:failure",
      "sign_in:failure",
      "sign_in:failure",
      "sign_in.locked:info",
      "sign_in:denied",
      "sign_in:denied",
      "sign_in:success",
      "sign_in:success",
    ]);
    expect(audit[5]?.details).toMatchObject({ scope: "account", lockedUntil: at(19).toISOString() });
    expect(audit[6]?.details).toMatchObject({ reason: "locked", scope: "account" });
  });

  it("shows the same pause for an email that has no account", async () => {
    for (let i = 0; i < ACCOUNT_LIMIT.maxFailures; i++) await attempt("guess number " + i, { email: "nobody@nhs.net" });
    expect(await attempt("another guess", { email: "nobody@nhs.net", now: at(1) })).toEqual({
      ok: false,
      reason: "locked",
      retryAfterMinutes: 14,
    });
  });

  it("starts counting again once 15 minutes have passed since the first failure", async () => {
    for (let i = 0; i < ACCOUNT_LIMIT.maxFailures - 1; i++) await attempt("wrong password!", { now: at(0) });
    // Minute 15: the window that began at minute 0 has ended, so this is failure 1 of a new window.
    expect(await attempt("wrong password!", { now: at(15) })).toEqual({ ok: false, reason: "invalid" });
    const row = await fresh.db.signInThrottle.findUniqueOrThrow({ where: { key: "pair:jo.bloggs@nhs.net|10.0.0.1" } });
    expect(row).toMatchObject({ failures: 1, windowStartedAt: at(15), lockedUntil: null });
  });

  it("clears the account's failures on success, but not the address's", async () => {
    for (let i = 0; i < ACCOUNT_LIMIT.maxFailures - 1; i++) await attempt("wrong password!");
    expect(await attempt(TEST_PASSWORD)).toMatchObject({ ok: true });
    expect(await fresh.db.signInThrottle.findUnique({ where: { key: "pair:jo.bloggs@nhs.net|10.0.0.1" } })).toBeNull();
    expect(await fresh.db.signInThrottle.findUniqueOrThrow({ where: { key: "ip:10.0.0.1" } })).toMatchObject({ failures: 4 });
    // So four more failures do not lock: the count started again.
    for (let i = 0; i < ACCOUNT_LIMIT.maxFailures - 1; i++) {
      expect(await attempt("wrong password!")).toEqual({ ok: false, reason: "invalid" });
    }
  });

  it("forgets counters whose window and lock have both passed, but never lifts a lock in force", async () => {
    // A stale counter from another address, a live lock on this account, and a fresh counter.
    for (let i = 0; i < 2; i++) await attempt("wrong password!", { email: "someone.else@nhs.net", ip: "10.0.0.9", now: at(0) });
    for (let i = 0; i < ACCOUNT_LIMIT.maxFailures; i++) await attempt("wrong password!", { email: "locked.out@nhs.net", ip: "10.0.0.8", now: at(10) });
    await attempt("wrong password!", { ip: "10.0.0.7", now: at(20) });
    expect(await attempt(TEST_PASSWORD, { now: at(21) })).toMatchObject({ ok: true });
    const keys = (await fresh.db.signInThrottle.findMany({ select: { key: true } })).map((row) => row.key).sort();
    // Minute 21: the minute-0 counters are gone; the lock (until minute 25) and minute-20 counters stay.
    expect(keys).toEqual(["ip:10.0.0.7", "ip:10.0.0.8", "pair:jo.bloggs@nhs.net|10.0.0.7", "pair:locked.out@nhs.net|10.0.0.8"]);
  });

  it("pauses a whole address after 50 failures across many accounts (credential stuffing), not after 5", async () => {
    for (let i = 0; i < ADDRESS_LIMIT.maxFailures - 1; i++) {
      // Four guesses per account stays under the per-account limit.
      const result = await attempt("wrong password!", { email: `person${Math.floor(i / 4)}@nhs.net`, ip: "192.0.2.7" });
      expect(result).toEqual({ ok: false, reason: "invalid" });
    }
    expect(await attempt("wrong password!", { email: "someone.else@nhs.net", ip: "192.0.2.7" })).toMatchObject({
      ok: false,
      reason: "locked",
    });
    // Everyone at that address is paused, even with the right password; other addresses are not.
    expect(await attempt(TEST_PASSWORD, { ip: "192.0.2.7", now: at(1) })).toMatchObject({ ok: false, reason: "locked" });
    expect(await attempt(TEST_PASSWORD, { ip: "192.0.2.8", now: at(1) })).toMatchObject({ ok: true });
    const locked = await fresh.db.auditEvent.findMany({ where: { action: "sign_in.locked" } });
    expect(locked.map((row) => (row.details as { scope: string }).scope)).toEqual(["address"]);
  });

  it("counts every one of many concurrent failures (no lost updates)", async () => {
    // Occurrences, not rows: refusals while paused are counted into one row a minute.
    const audited = async (outcome: string) =>
      (await fresh.db.auditEvent.aggregate({ where: { action: "sign_in", outcome, actorEmail: "jo.bloggs@nhs.net" }, _sum: { occurrences: true } }))._sum
        .occurrences ?? 0;
    const [failedBefore, deniedBefore] = [await audited("failure"), await audited("denied")];
    const results = await Promise.all(Array.from({ length: 12 }, () => attempt("wrong password!")));
    // An attempt that starts after the lock is set is refused before its password is checked,
    // and not counted; how many do depends on timing. Every one that was checked is counted.
    const counted = (await audited("failure")) - failedBefore;
    expect(counted + (await audited("denied")) - deniedBefore).toBe(12);
    expect(counted).toBeGreaterThanOrEqual(ACCOUNT_LIMIT.maxFailures);
    const row = await fresh.db.signInThrottle.findUniqueOrThrow({ where: { key: "pair:jo.bloggs@nhs.net|10.0.0.1" } });
    expect(row.failures).toBe(counted);
    expect(row.lockedUntil).toEqual(at(15));
    expect((await fresh.db.signInThrottle.findUniqueOrThrow({ where: { key: "ip:10.0.0.1" } })).failures).toBe(counted);
    expect(results.filter((result) => !result.ok && result.reason === "locked").length).toBeGreaterThanOrEqual(8);
    expect(await attempt(TEST_PASSWORD, { now: at(1) })).toMatchObject({ ok: false, reason: "locked" });
  });

  it("counts requests with no known address together rather than letting them escape the limit", async () => {
    for (let i = 0; i < ACCOUNT_LIMIT.maxFailures; i++) await attempt("wrong password!", { ip: null });
    expect(await attempt(TEST_PASSWORD, { ip: null, now: at(1) })).toMatchObject({ ok: false, reason: "locked" });
  });
});
