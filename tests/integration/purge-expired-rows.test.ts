// Sessions and invitation links are kept a while after they stop working (for the audit
// trail), then deleted at start-up and after each successful sign-in, so neither table grows
// for ever. Nothing that still works is ever deleted.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { SESSION_RETENTION_MS } from "../../lib/auth/purge-expired-sessions";
import { SESSION_ABSOLUTE_MS } from "../../lib/auth/session-lifetime";
import { signInWithPassword } from "../../lib/auth/sign-in-with-password";
import { purgeExpiredRows } from "../../lib/db/purge-expired-rows";
import { seedReferenceData } from "../../lib/seed/seed-reference-data";
import { INVITATION_RETENTION_MS } from "../../lib/invitations/purge-expired-invitations";
import { freshDb } from "./support/database";
import { createReturnWith } from "./support/return-fixtures";
import { TEST_PASSWORD, createTestUser, seedBnssg } from "./support/auth-fixtures";

const MINUTE = 60_000;
const NOW = new Date(Date.UTC(2026, 5, 1, 12, 0));
const ago = (ms: number) => new Date(NOW.getTime() - ms);

let fresh: Awaited<ReturnType<typeof freshDb>>;
let userId: string;
let icbId: string;

beforeAll(async () => {
  fresh = await freshDb();
  ({ icbId } = await seedBnssg(fresh.db));
  userId = await createTestUser(fresh.db, { email: "purge.test@nhs.net", role: "programme_manager", organisationId: icbId });
});
afterAll(async () => fresh.cleanup());
beforeEach(async () => {
  await fresh.db.userSession.deleteMany();
  await fresh.db.invitation.deleteMany();
});

async function session(label: string, createdAt: Date, revokedAt: Date | null = null) {
  await fresh.db.userSession.create({ data: { userId, createdAt, lastSeenAt: createdAt, revokedAt, userAgent: label } });
}

async function invitation(label: string, expiresAt: Date, acceptedAt: Date | null = null) {
  await fresh.db.invitation.create({
    data: { tokenHash: randomUUID(), email: `${label}@nhs.net`, organisationId: icbId, role: "contributor", invitedById: userId, expiresAt, acceptedAt },
  });
}

const sessionsLeft = async () => (await fresh.db.userSession.findMany({ select: { userAgent: true } })).map((row) => row.userAgent).sort();
const invitationsLeft = async () => (await fresh.db.invitation.findMany({ select: { email: true } })).map((row) => row.email.split("@")[0]).sort();

describe("purgeExpiredRows", () => {
  it("deletes sessions and invitations long past their end, and keeps the rest", async () => {
    const sessionCutoff = SESSION_ABSOLUTE_MS + SESSION_RETENTION_MS;
    await session("live", ago(MINUTE));
    await session("signed-out-yesterday", ago(24 * 60 * MINUTE), ago(23 * 60 * MINUTE));
    await session("ended-within-retention", ago(sessionCutoff - MINUTE));
    await session("ended-past-retention", ago(sessionCutoff + MINUTE));
    await session("signed-out-past-retention", ago(sessionCutoff + 10 * MINUTE), ago(sessionCutoff + 5 * MINUTE));

    await invitation("usable", new Date(NOW.getTime() + 60 * MINUTE));
    await invitation("expired-within-retention", ago(INVITATION_RETENTION_MS - MINUTE));
    await invitation("expired-past-retention", ago(INVITATION_RETENTION_MS + MINUTE));
    await invitation("accepted-past-retention", ago(INVITATION_RETENTION_MS + MINUTE), ago(INVITATION_RETENTION_MS + 3 * 24 * 60 * MINUTE));

    expect(await purgeExpiredRows(fresh.db, NOW)).toEqual({ signInCounters: 0, sessions: 2, invitations: 2, imports: 0 });
    expect(await sessionsLeft()).toEqual(["ended-within-retention", "live", "signed-out-yesterday"]);
    expect(await invitationsLeft()).toEqual(["expired-within-retention", "usable"]);
    // Nothing more to do the second time.
    expect(await purgeExpiredRows(fresh.db, NOW)).toEqual({ signInCounters: 0, sessions: 0, invitations: 0, imports: 0 });
  });

  it("deletes workbook previews past their expiry, and keeps one still waiting", async () => {
    await seedReferenceData(fresh.db); // the catalogue the draft is on
    const returnId = await createReturnWith(fresh.db, { organisationId: icbId, status: "draft", title: "Purge", submittedDaysAgo: null, levels: () => null });
    const preview = (fileName: string, expiresAt: Date) =>
      fresh.db.pendingImport.create({ data: { returnId, createdById: userId, fileName, content: {}, base: {}, createdAt: new Date(expiresAt.getTime() - 60 * MINUTE), expiresAt } });
    await preview("abandoned.xlsx", ago(MINUTE));
    await preview("waiting.xlsx", new Date(NOW.getTime() + 10 * MINUTE));
    expect(await purgeExpiredRows(fresh.db, NOW)).toMatchObject({ imports: 1 });
    expect((await fresh.db.pendingImport.findMany({ where: { returnId }, select: { fileName: true } })).map((row) => row.fileName)).toEqual(["waiting.xlsx"]);
  });

  it("runs after a successful sign-in", async () => {
    const longAgo = ago(SESSION_ABSOLUTE_MS + SESSION_RETENTION_MS + MINUTE);
    await session("ended-past-retention", longAgo);
    await invitation("expired-past-retention", ago(INVITATION_RETENTION_MS + MINUTE));
    const result = await signInWithPassword(fresh.db, { email: "purge.test@nhs.net", password: TEST_PASSWORD, ip: "10.0.0.1", userAgent: "new", now: NOW });
    expect(result).toMatchObject({ ok: true });
    expect(await sessionsLeft()).toEqual(["new"]);
    expect(await invitationsLeft()).toEqual([]);
  });
});
