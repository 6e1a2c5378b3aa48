// The session check behind every signed-in request: idle and absolute limits, sign-out,
// and changes to the user taking effect on the next request.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { can } from "../../lib/policy/policy";
import { loadPolicyUser } from "../../lib/auth/load-policy-user";
import { loadSessionUser } from "../../lib/auth/load-session-user";
import { revokeUserSession } from "../../lib/auth/revoke-user-session";
import { startUserSession } from "../../lib/auth/start-user-session";
import { freshDb } from "./support/database";
import { createTestUser, seedBnssg } from "./support/auth-fixtures";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const start = new Date(Date.UTC(2026, 0, 15, 8, 0));
const at = (ms: number) => new Date(start.getTime() + ms);

describe("sessions", () => {
  let fresh: Awaited<ReturnType<typeof freshDb>>;
  let icbId: string;
  let regionId: string;

  beforeAll(async () => {
    fresh = await freshDb();
    ({ icbId, regionId } = await seedBnssg(fresh.db));
  });
  afterAll(async () => fresh.cleanup());

  async function newSession(email: string) {
    const userId = await createTestUser(fresh.db, { email, role: "programme_manager", organisationId: icbId });
    const sessionId = await startUserSession(fresh.db, { userId, ip: "10.0.0.1", now: start });
    return { userId, sessionId };
  }

  it("loads the user, their memberships and organisation references", async () => {
    const { userId, sessionId } = await newSession("loaded@nhs.net");
    const user = await loadSessionUser(fresh.db, sessionId, at(MINUTE / 2));
    expect(user).toEqual({
      id: userId,
      email: "loaded@nhs.net",
      name: "loaded@nhs.net",
      disabled: false,
      sessionId,
      memberships: [{ role: "programme_manager", organisation: { id: icbId, kind: "icb", regionId, icbId } }],
    });
    expect(can(user, "return.create", { type: "organisation", organisation: { id: icbId, kind: "icb", regionId, icbId } })).toBe(true);
  });

  it("keeps a session alive while it is used, and ends it after 8 hours idle", async () => {
    const { sessionId: used } = await newSession("used@nhs.net");
    expect(await loadSessionUser(fresh.db, used, at(7 * HOUR))).not.toBeNull();
    // Idle only since the request at 7 h.
    expect(await loadSessionUser(fresh.db, used, at(11 * HOUR))).not.toBeNull();

    const { sessionId: untouched } = await newSession("untouched@nhs.net");
    expect(await loadSessionUser(fresh.db, untouched, at(8 * HOUR))).not.toBeNull();
    const { sessionId: idle } = await newSession("idle@nhs.net");
    expect(await loadSessionUser(fresh.db, idle, at(8 * HOUR + 1))).toBeNull();
  });

  it("ends every session 12 hours after sign-in, however active", async () => {
    const { sessionId } = await newSession("absolute@nhs.net");
    for (let hour = 1; hour <= 12; hour++) expect(await loadSessionUser(fresh.db, sessionId, at(hour * HOUR))).not.toBeNull();
    expect(await loadSessionUser(fresh.db, sessionId, at(12 * HOUR + 1))).toBeNull();
  });

  it("writes lastSeenAt at most once a minute", async () => {
    const { sessionId } = await newSession("touch@nhs.net");
    await loadSessionUser(fresh.db, sessionId, at(30_000));
    expect((await fresh.db.userSession.findUniqueOrThrow({ where: { id: sessionId } })).lastSeenAt).toEqual(start);
    await loadSessionUser(fresh.db, sessionId, at(MINUTE));
    expect((await fresh.db.userSession.findUniqueOrThrow({ where: { id: sessionId } })).lastSeenAt).toEqual(at(MINUTE));
    await loadSessionUser(fresh.db, sessionId, at(MINUTE + 59_000));
    expect((await fresh.db.userSession.findUniqueOrThrow({ where: { id: sessionId } })).lastSeenAt).toEqual(at(MINUTE));
  });

  it("signing out revokes the row on the next request, and audits it once", async () => {
    const { userId, sessionId } = await newSession("signout@nhs.net");
    await revokeUserSession(fresh.db, sessionId, { ip: "10.0.0.9", now: at(MINUTE) });
    await revokeUserSession(fresh.db, sessionId, { ip: "10.0.0.9", now: at(2 * MINUTE) });
    expect(await loadSessionUser(fresh.db, sessionId, at(2 * MINUTE))).toBeNull();
    const audit = await fresh.db.auditEvent.findMany({ where: { action: "sign_out", actorId: userId } });
    expect(audit).toMatchObject([{ outcome: "success", targetType: "session", targetId: sessionId, ip: "10.0.0.9" }]);
  });

  it("a removed membership stops granting on the very next check", async () => {
    const { userId, sessionId } = await newSession("membership@nhs.net");
    const icb = { type: "organisation", organisation: { id: icbId, kind: "icb", regionId, icbId } } as const;
    expect(can(await loadSessionUser(fresh.db, sessionId, at(MINUTE)), "return.create", icb)).toBe(true);
    await fresh.db.membership.deleteMany({ where: { userId } });
    const user = await loadSessionUser(fresh.db, sessionId, at(MINUTE + 1));
    expect(user?.memberships).toEqual([]);
    expect(can(user, "return.create", icb)).toBe(false);
    expect(can(await loadPolicyUser(fresh.db, userId), "return.create", icb)).toBe(false);
  });

  it("disabling a user ends their sessions on the very next check", async () => {
    const { userId, sessionId } = await newSession("disabled@nhs.net");
    expect(await loadSessionUser(fresh.db, sessionId, at(MINUTE))).not.toBeNull();
    await fresh.db.user.update({ where: { id: userId }, data: { disabledAt: at(MINUTE) } });
    expect(await loadSessionUser(fresh.db, sessionId, at(MINUTE + 1))).toBeNull();
    const policyUser = await loadPolicyUser(fresh.db, userId);
    expect(policyUser?.disabled).toBe(true);
    expect(can(policyUser, "catalogue.read", { type: "system" })).toBe(false);
  });

  it("refuses unknown and malformed session ids without an error", async () => {
    expect(await loadSessionUser(fresh.db, "00000000-0000-4000-8000-000000000000")).toBeNull();
    expect(await loadSessionUser(fresh.db, "not-a-uuid")).toBeNull();
    expect(await loadPolicyUser(fresh.db, "00000000-0000-4000-8000-000000000000")).toBeNull();
  });
});
