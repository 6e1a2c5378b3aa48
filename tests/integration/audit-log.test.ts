import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../lib/audit/actor";
import { AUDIT_PAGE_SIZE, listAuditEvents } from "../../lib/audit/list-audit-events";
import { recordAuditEvent } from "../../lib/audit/record-audit-event";
import { ForbiddenError } from "../../lib/errors";
import { seedReferenceData } from "../../lib/seed/seed-reference-data";
import { freshDb } from "./support/database";
import { createActor, seedWorld } from "./support/organisation-fixtures";

let fresh: Awaited<ReturnType<typeof freshDb>>;
let admin: Actor;
let manager: Actor;

beforeAll(async () => {
  fresh = await freshDb();
  await seedReferenceData(fresh.db);
  const world = await seedWorld(fresh.db);
  admin = await createActor(fresh.db, "administrator", world.bnssg);
  manager = await createActor(fresh.db, "programme_manager", world.bnssg);
  for (let index = 0; index < AUDIT_PAGE_SIZE + 5; index++) {
    await recordAuditEvent(fresh.db, { action: "sign_in", outcome: "success", actorId: manager.id, actorEmail: manager.email, details: { index } });
  }
  await recordAuditEvent(fresh.db, { action: "sign_in", outcome: "failure", actorEmail: "Someone.Else@Example.nhs.uk" });
  await recordAuditEvent(fresh.db, { action: "permission.denied", outcome: "denied", actorId: manager.id, actorEmail: manager.email, targetType: "return", targetId: "r1" });
});
afterAll(async () => fresh.cleanup());

describe("listAuditEvents", () => {
  it("pages through the log newest first, a page at a time, without gaps or repeats", async () => {
    const first = await listAuditEvents(fresh.db, admin, {});
    expect(first.events).toHaveLength(AUDIT_PAGE_SIZE);
    expect(first.events[0]).toMatchObject({ action: "permission.denied", targetType: "return", targetId: "r1" });
    const ids = first.events.map((event) => BigInt(event.id));
    expect(ids).toEqual([...ids].sort((a, b) => (a > b ? -1 : 1)));
    const second = await listAuditEvents(fresh.db, admin, { before: BigInt(first.nextBefore!) });
    const total = await fresh.db.auditEvent.count();
    expect(first.events.length + second.events.length).toBe(Math.min(total, 2 * AUDIT_PAGE_SIZE));
    expect(new Set([...first.events, ...second.events].map((event) => event.id)).size).toBe(first.events.length + second.events.length);
  });

  it("filters by what happened, the outcome and part of the actor's email in any case", async () => {
    const failures = await listAuditEvents(fresh.db, admin, { action: "sign_in", outcome: "failure" });
    expect(failures.events.map((event) => event.actorEmail)).toEqual(["Someone.Else@Example.nhs.uk"]);
    const byActor = await listAuditEvents(fresh.db, admin, { actor: "someone.else" });
    expect(byActor.events).toHaveLength(1);
    const denied = await listAuditEvents(fresh.db, admin, { outcome: "denied" });
    expect(denied).toMatchObject({ nextBefore: null });
    expect(denied.events.every((event) => event.outcome === "denied")).toBe(true);
  });

  it("is for administrators only", async () => {
    await expect(listAuditEvents(fresh.db, manager, {})).rejects.toBeInstanceOf(ForbiddenError);
  });
});
