import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../lib/audit/actor";
import { AUDIT_PAGE_SIZE, listAuditEvents } from "../../lib/audit/list-audit-events";
import { recordAuditEvent } from "../../lib/audit/record-audit-event";
import { describeAuditEvent } from "../../lib/audit/describe-audit-event";
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

  it("looks up the names behind the ids, so each event reads as a sentence", async () => {
    const world = await fresh.db.organisation.findFirstOrThrow({ where: { kind: "icb", name: { contains: "Bristol" } } });
    const catalogue = await fresh.db.catalogueVersion.findFirstOrThrow({ select: { id: true } });
    const stored = await fresh.db.assessmentReturn.create({ data: { organisationId: world.id, catalogueVersionId: catalogue.id, title: "2025-26" }, select: { id: true } });
    await fresh.db.user.update({ where: { id: manager.id }, data: { name: "Priya Programme-Manager" } });
    await recordAuditEvent(fresh.db, {
      action: "return.sign_off",
      outcome: "success",
      actorId: manager.id,
      actorEmail: manager.email,
      targetType: "return",
      targetId: stored.id,
      details: { from: "submitted", to: "signed_off" },
    });
    const [event] = (await listAuditEvents(fresh.db, admin, { action: "return.sign_off" })).events;
    expect(describeAuditEvent(event!)).toBe(`Priya Programme-Manager signed off 2025-26 (${world.name})`);
    // A target id that is not a uuid (or no longer exists) reads as its kind.
    const [refused] = (await listAuditEvents(fresh.db, admin, { action: "permission.denied" })).events;
    expect(describeAuditEvent(refused!)).toBe("Priya Programme-Manager was refused a self-assessment");
  });
});
