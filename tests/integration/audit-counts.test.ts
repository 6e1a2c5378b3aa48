// Refusals are audited without limit on how often anyone can cause them, so they are counted
// into one row per actor (or address), action, outcome, target type and minute instead of one
// row each: a probe of 500 ids is one row saying 500. Events that matter one by one stay rows.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "../../lib/audit/actor";
import { listAuditEvents } from "../../lib/audit/list-audit-events";
import { recordAuditEvent, type AuditEventInput } from "../../lib/audit/record-audit-event";
import { freshDb } from "./support/database";
import { createActor, seedWorld } from "./support/organisation-fixtures";

let fresh: Awaited<ReturnType<typeof freshDb>>;
let admin: Actor;
let prober: Actor;
let other: Actor;

beforeAll(async () => {
  fresh = await freshDb();
  const world = await seedWorld(fresh.db);
  admin = await createActor(fresh.db, "administrator", world.bnssg);
  prober = await createActor(fresh.db, "contributor", world.bnssg);
  other = await createActor(fresh.db, "contributor", world.devon);
});
afterAll(async () => fresh.cleanup());
beforeEach(async () => {
  await fresh.db.auditEvent.deleteMany();
});

const MINUTE = Date.UTC(2026, 11, 3, 9, 30);
const at = (seconds: number) => new Date(MINUTE + seconds * 1000);

/** What refuseRequest records for `actor` asking for the return `id`. */
const refusal = (actor: Actor, id: string): AuditEventInput => ({
  action: "permission.denied",
  outcome: "denied",
  actorId: actor.id,
  actorEmail: actor.email,
  targetType: "return",
  targetId: id,
  ip: "10.1.2.3",
  details: { action: "return.read" },
});

describe("counted audit events", () => {
  it("writes one row for 500 concurrent refusals by one person within a minute, counting every one", async () => {
    await Promise.all(Array.from({ length: 500 }, (_, index) => recordAuditEvent(fresh.db, refusal(prober, `r${index}`), at((index % 59) + 0.5))));
    const rows = await fresh.db.auditEvent.findMany();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      action: "permission.denied",
      outcome: "denied",
      actorId: prober.id,
      occurrences: 500,
      targetType: "return",
      lastAt: at(58.5),
    });
    expect(rows[0]!.at.getTime()).toBeGreaterThanOrEqual(at(0).getTime());
  });

  it("keeps separate rows for separate people, target types and minutes", async () => {
    for (let index = 0; index < 3; index++) {
      await recordAuditEvent(fresh.db, refusal(prober, `r${index}`), at(index));
      await recordAuditEvent(fresh.db, refusal(other, `r${index}`), at(index));
      await recordAuditEvent(fresh.db, { ...refusal(prober, `o${index}`), targetType: "organisation" }, at(index));
      await recordAuditEvent(fresh.db, refusal(prober, `later${index}`), at(60 + index));
    }
    const rows = await fresh.db.auditEvent.findMany({ orderBy: { id: "asc" } });
    expect(rows.map((row) => [row.actorId, row.targetType, row.at.toISOString(), row.occurrences])).toEqual([
      [prober.id, "return", at(0).toISOString(), 3],
      [other.id, "return", at(0).toISOString(), 3],
      [prober.id, "organisation", at(0).toISOString(), 3],
      [prober.id, "return", at(60).toISOString(), 3],
    ]);
  });

  it("counts paused sign-ins by address, whatever email each one types", async () => {
    const paused = (email: string, ip: string): AuditEventInput => ({
      action: "sign_in",
      outcome: "denied",
      actorEmail: email,
      ip,
      details: { reason: "locked", scope: "address" },
    });
    for (let index = 0; index < 40; index++) await recordAuditEvent(fresh.db, paused(`guess${index}@nhs.net`, "192.0.2.7"), at(index));
    await recordAuditEvent(fresh.db, paused("someone@nhs.net", "192.0.2.8"), at(1));
    const rows = await fresh.db.auditEvent.findMany({ orderBy: { id: "asc" } });
    expect(rows.map((row) => [row.ip, row.actorEmail, row.occurrences])).toEqual([
      ["192.0.2.7", "guess0@nhs.net", 40],
      ["192.0.2.8", "someone@nhs.net", 1],
    ]);
  });

  it("still writes one row per event that matters on its own (sign-in successes and failures, changes)", async () => {
    for (let index = 0; index < 3; index++) {
      await recordAuditEvent(fresh.db, { action: "sign_in", outcome: "success", actorId: prober.id, actorEmail: prober.email, targetType: "session" }, at(index));
      await recordAuditEvent(fresh.db, { action: "sign_in", outcome: "failure", actorEmail: `guess${index}@nhs.net`, ip: "192.0.2.7" }, at(index));
      await recordAuditEvent(fresh.db, { action: "membership.remove", outcome: "success", actorId: admin.id, targetType: "user", targetId: prober.id }, at(index));
    }
    const rows = await fresh.db.auditEvent.findMany();
    expect(rows).toHaveLength(9);
    expect(rows.every((row) => row.occurrences === 1 && row.bucket === null && row.lastAt === null)).toBe(true);
  });

  it("shows the count and the last time on the audit page's list", async () => {
    for (let index = 0; index < 37; index++) await recordAuditEvent(fresh.db, refusal(prober, `r${index}`), at(index));
    await recordAuditEvent(fresh.db, { action: "sign_in", outcome: "success", actorId: prober.id, actorEmail: prober.email }, at(50));
    const { events } = await listAuditEvents(fresh.db, admin, { outcome: "denied" });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ action: "permission.denied", occurrences: 37, lastAt: at(36), at: at(0), targetId: "r0" });
    expect(events[0]).not.toHaveProperty("bucket");
    const all = await listAuditEvents(fresh.db, admin, {});
    expect(all.events.map((event) => [event.action, event.occurrences])).toEqual([
      ["sign_in", 1],
      ["permission.denied", 37],
    ]);
  });
});
