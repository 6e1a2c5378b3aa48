// POST and GET /api/returns/[id]/answers as Next calls them, over a real database: every status
// of the autosave contract (docs/autosave-api.md). The session cookie is a real next-auth JWT;
// only Next's request APIs are stood in for.
import { encode } from "next-auth/jwt";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Actor } from "../../lib/audit/actor";
import type { Db } from "../../lib/db/create-client";
import { createPrismaClient } from "../../lib/db/create-client";
import { seedReferenceData } from "../../lib/seed/seed-reference-data";
import { freshDb } from "./support/database";
import { createActor, seedWorld } from "./support/organisation-fixtures";

const request = vi.hoisted(() => {
  process.env.NEXTAUTH_SECRET = "integration-test-secret-of-at-least-32-chars";
  return { cookies: new Map<string, string>(), headers: new Headers(), db: undefined as Db | undefined };
});

vi.mock("next/headers", () => ({
  cookies: async () => ({ get: (name: string) => (request.cookies.has(name) ? { name, value: request.cookies.get(name) } : undefined) }),
  headers: async () => request.headers,
}));
vi.mock("../../lib/db/prisma", () => ({ db: () => request.db }));

const route = await import("../../app/api/returns/[id]/answers/route");
const { startUserSession } = await import("../../lib/auth/start-user-session");
const { createReturn } = await import("../../lib/returns/create-return");
const { assignItems } = await import("../../lib/returns/assign-items");
const { changeReturnStatus } = await import("../../lib/returns/change-return-status");
const { listAnswerRevisions } = await import("../../lib/returns/list-answer-revisions");

let fresh: Awaited<ReturnType<typeof freshDb>>;
let world: Awaited<ReturnType<typeof seedWorld>>;
let manager: Actor;
let contributor: Actor;
let colleague: Actor;
let board: Actor;
let devonContributor: Actor;
const sessions = new Map<string, string>();

beforeAll(async () => {
  fresh = await freshDb();
  request.db = fresh.db;
  await seedReferenceData(fresh.db);
  world = await seedWorld(fresh.db);
  manager = await createActor(fresh.db, "programme_manager", world.bnssg);
  contributor = await createActor(fresh.db, "contributor", world.bnssg);
  colleague = await createActor(fresh.db, "contributor", world.bnssg);
  board = await createActor(fresh.db, "board_member", world.bnssg);
  devonContributor = await createActor(fresh.db, "contributor", world.devon);
  for (const actor of [manager, contributor, colleague, board, devonContributor]) {
    sessions.set(actor.id, await startUserSession(fresh.db, { userId: actor.id, ip: "10.0.0.1", now: new Date() }));
  }
});
afterAll(async () => fresh.cleanup());
beforeEach(() => {
  request.cookies.clear();
  request.headers = new Headers({ "x-ambitions-client-ip": "10.9.8.7" });
});

async function as(actor: Actor | null) {
  request.cookies.clear();
  if (actor) request.cookies.set("ambitions.session", await encode({ token: { sessionId: sessions.get(actor.id) }, secret: process.env.NEXTAUTH_SECRET as string }));
}

async function post(returnId: string, body: unknown) {
  const init = { method: "POST", body: typeof body === "string" ? body : JSON.stringify(body), headers: { "Content-Type": "application/json" } };
  const response = await route.POST(new Request(`http://localhost/api/returns/${returnId}/answers`, init), { params: Promise.resolve({ id: returnId }) });
  return { status: response.status, cache: response.headers.get("Cache-Control"), body: response.status === 413 ? null : ((await response.json()) as Record<string, unknown>) };
}

async function get(returnId: string, query = "") {
  const response = await route.GET(new Request(`http://localhost/api/returns/${returnId}/answers${query}`), { params: Promise.resolve({ id: returnId }) });
  return { status: response.status, cache: response.headers.get("Cache-Control"), body: (await response.json()) as Record<string, unknown> };
}

const save = (itemKey: string, level: number | null, expectedRevision: number, extra: Record<string, unknown> = {}) => ({
  itemKey,
  level,
  evidence: `Evidence for ${itemKey}`,
  gaps: `Gaps for ${itemKey}`,
  expectedRevision,
  ...extra,
});

async function newDraft() {
  return (await createReturn(fresh.db, { organisationId: world.bnssg.id, title: "Autosave" }, manager)).id;
}

describe("POST /api/returns/[id]/answers", () => {
  it("saves (200) with the revision, who and when, says when nothing changed, and keeps the reason with the answer and its version", async () => {
    const id = await newDraft();
    await as(contributor);
    const first = await post(id, save("1.1.2", 3, 0, { levelReason: "Audit of 2025 shows it" }));
    expect(first.status).toBe(200);
    expect(first.cache).toBe("no-store");
    expect(first.body).toMatchObject({ status: "saved", revision: 1, changed: true, savedBy: { id: contributor.id, name: "Test contributor" } });
    const savedAt = new Date(first.body?.savedAt as string);
    expect(Math.abs(savedAt.getTime() - Date.now())).toBeLessThan(60_000);

    const again = await post(id, save("1.1.2", 3, 1));
    expect(again.body).toMatchObject({ status: "saved", revision: 1, changed: false, savedAt: first.body?.savedAt });

    // Text is stored as the form stores it: line breaks LF, trimmed.
    const second = await post(id, save("1.1.2", 4, 1, { evidence: "  Line one\r\nLine two  ", levelReason: null }));
    expect(second.body).toMatchObject({ status: "saved", revision: 2, changed: true });
    const stored = await fresh.db.returnAnswer.findFirstOrThrow({ where: { returnId: id } });
    expect(stored).toMatchObject({ level: 4, evidence: "Line one\nLine two", revision: 2, levelReason: null, updatedById: contributor.id });
    expect(stored.updatedAt.toISOString()).toBe(second.body?.savedAt);
    const history = await listAnswerRevisions(fresh.db, id, stored.catalogueItemId);
    expect(history.map((row) => [row.revision, row.level, row.levelReason])).toEqual([
      [2, 4, null],
      [1, 3, "Audit of 2025 shows it"],
    ]);
  });

  it("refuses a save typed against an older revision (409 stale) with theirs, and takes the overwrite sent against their revision", async () => {
    const id = await newDraft();
    await as(contributor);
    await post(id, save("2.1.1", 2, 0, { levelReason: "First go" }));
    await as(colleague);
    const stale = await post(id, save("2.1.1", 5, 0, { evidence: "Mine" }));
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({
      status: "stale",
      theirs: { level: 2, evidence: "Evidence for 2.1.1", gaps: "Gaps for 2.1.1", levelReason: "First go", revision: 1, savedBy: { id: contributor.id, name: "Test contributor" } },
    });
    expect(typeof (stale.body?.theirs as { savedAt: unknown }).savedAt).toBe("string");
    expect(await fresh.db.returnAnswer.findFirstOrThrow({ where: { returnId: id } })).toMatchObject({ level: 2, revision: 1 });

    const overwrite = await post(id, save("2.1.1", 5, 1, { evidence: "Mine" }));
    expect(overwrite.body).toMatchObject({ status: "saved", revision: 2, changed: true, savedBy: { id: colleague.id } });
    const item = await fresh.db.returnAnswer.findFirstOrThrow({ where: { returnId: id } });
    const history = await listAnswerRevisions(fresh.db, id, item.catalogueItemId);
    // The overwritten version stays in the item's history.
    expect(history.map((row) => [row.revision, row.level, row.evidence])).toEqual([
      [2, 5, "Mine"],
      [1, 2, "Evidence for 2.1.1"],
    ]);
  });

  it("answers 409 not-draft once the return is submitted, and writes nothing", async () => {
    const id = await newDraft();
    await as(contributor);
    await post(id, save("1.1.2", 3, 0));
    await changeReturnStatus(fresh.db, { returnId: id, transition: "submit" }, manager);
    const refused = await post(id, save("1.1.2", 5, 1));
    expect(refused).toMatchObject({ status: 409, body: { status: "not-draft", returnStatus: "submitted" } });
    // A board member reads a submitted return, so they are told it moved on rather than 404.
    await as(board);
    expect(await post(id, save("1.1.2", 5, 1))).toMatchObject({ status: 409, body: { status: "not-draft", returnStatus: "submitted" } });
    expect(await fresh.db.returnAnswer.findFirstOrThrow({ where: { returnId: id } })).toMatchObject({ level: 3, revision: 1 });
  });

  it("answers 401 signed-out without a session, or with one signed out", async () => {
    const id = await newDraft();
    await as(null);
    expect(await post(id, save("1.1.2", 3, 0))).toMatchObject({ status: 401, body: { status: "signed-out" } });
    const outsider = await createActor(fresh.db, "contributor", world.bnssg);
    const sessionId = await startUserSession(fresh.db, { userId: outsider.id, ip: "10.0.0.1", now: new Date() });
    await fresh.db.userSession.update({ where: { id: sessionId }, data: { revokedAt: new Date() } });
    request.cookies.set("ambitions.session", await encode({ token: { sessionId }, secret: process.env.NEXTAUTH_SECRET as string }));
    expect(await post(id, save("1.1.2", 3, 0))).toMatchObject({ status: 401, body: { status: "signed-out" } });
    expect(await fresh.db.returnAnswer.count({ where: { returnId: id } })).toBe(0);
  });

  it("answers 403 refused for an item assigned to someone else, audited, and writes nothing", async () => {
    const id = await newDraft();
    await assignItems(fresh.db, { returnId: id, itemKeys: ["2.1.1"], userIds: [colleague.id] }, manager);
    await as(contributor);
    const refused = await post(id, save("2.1.1", 2, 0));
    expect(refused.status).toBe(403);
    expect(refused.body).toMatchObject({ status: "refused" });
    expect(String(refused.body?.message)).toContain("assigned to someone else");
    expect(await fresh.db.returnAnswer.count({ where: { returnId: id } })).toBe(0);
    expect(await fresh.db.auditEvent.count({ where: { action: "permission.denied", actorId: contributor.id, targetType: "returnItem" } })).toBeGreaterThan(0);
    await as(colleague);
    expect((await post(id, save("2.1.1", 2, 0))).status).toBe(200);
  });

  it("answers 404 not-found for an unknown or unreadable return, a malformed id, an unknown item and a stem", async () => {
    const id = await newDraft();
    await as(devonContributor);
    expect(await post(id, save("1.1.2", 3, 0))).toMatchObject({ status: 404, body: { status: "not-found" } });
    await as(board);
    // A board member never reads a draft: as unknown as a made-up id.
    expect(await post(id, save("1.1.2", 3, 0))).toMatchObject({ status: 404, body: { status: "not-found" } });
    await as(contributor);
    expect(await post("00000000-0000-4000-8000-000000000000", save("1.1.2", 3, 0))).toMatchObject({ status: 404, body: { status: "not-found" } });
    expect(await post("not-a-uuid", save("1.1.2", 3, 0))).toMatchObject({ status: 404, body: { status: "not-found" } });
    expect(await post(id, save("9.9.9", 3, 0))).toMatchObject({ status: 404, body: { status: "not-found" } });
    expect(await post(id, save("1.6.1", 3, 0))).toMatchObject({ status: 404, body: { status: "not-found" } });
    expect(await fresh.db.returnAnswer.count({ where: { returnId: id } })).toBe(0);
  });

  it("answers 400 invalid naming each field, and 413 for a body over the limit", async () => {
    const id = await newDraft();
    await as(contributor);
    const invalid = await post(id, { itemKey: "1.1.2", level: 6, evidence: 42, gaps: "x".repeat(10_001), expectedRevision: -1, levelReason: "y".repeat(501) });
    expect(invalid.status).toBe(400);
    expect(invalid.body?.status).toBe("invalid");
    const fields = (invalid.body?.errors as { field: string; message: string }[]).map((error) => error.field);
    expect(fields).toEqual(["level", "evidence", "gaps", "expectedRevision", "levelReason"]);
    expect((invalid.body?.errors as { field: string; message: string }[])[2]?.message).toBe("Gaps must be 10,000 characters or fewer");
    expect(await post(id, "{not json")).toMatchObject({ status: 400, body: { status: "invalid", errors: [{ field: "body" }] } });
    expect(await post(id, { ...save("1.1.2", 3, 0), evidence: "a\u0000b" })).toMatchObject({ status: 400, body: { errors: [{ field: "evidence" }] } });
    expect((await post(id, save("1.1.2", 3, 0, { evidence: "x".repeat(300_000) }))).status).toBe(413);
    expect(await fresh.db.returnAnswer.count({ where: { returnId: id } })).toBe(0);
  });
});

describe("GET /api/returns/[id]/answers", () => {
  it("lists every answer with who and when, then only those saved since the last call's now", async () => {
    const id = await newDraft();
    await as(contributor);
    await post(id, save("1.1.2", 3, 0, { levelReason: "Why" }));
    await post(id, save("2.1.1", 1, 0));
    const all = await get(id);
    expect(all.status).toBe(200);
    expect(all.cache).toBe("no-store");
    expect(all.body.returnStatus).toBe("draft");
    expect(all.body.answers).toEqual([
      expect.objectContaining({ itemKey: "1.1.2", level: 3, levelReason: "Why", revision: 1, savedBy: { id: contributor.id, name: "Test contributor" } }),
      expect.objectContaining({ itemKey: "2.1.1", level: 1, levelReason: null, revision: 1 }),
    ]);
    const now = all.body.now as string;
    expect(Number.isNaN(Date.parse(now))).toBe(false);

    await as(colleague);
    await post(id, save("2.1.1", 4, 1));
    const since = await get(id, `?since=${encodeURIComponent(now)}`);
    const changed = (since.body.answers as { itemKey: string; revision: number }[]).filter((answer) => answer.itemKey === "2.1.1");
    expect(changed).toEqual([expect.objectContaining({ itemKey: "2.1.1", level: 4, revision: 2, savedBy: { id: colleague.id, name: "Test contributor" } })]);
    // 1.1.2 was saved before `now`: not sent again.
    expect((since.body.answers as { itemKey: string }[]).map((answer) => answer.itemKey)).not.toContain("1.1.2");
  });

  it("answers 401 without a session, 404 to someone who may not read the return, and 400 for a since that is not a time", async () => {
    const id = await newDraft();
    await as(null);
    expect(await get(id)).toMatchObject({ status: 401, body: { status: "signed-out" } });
    await as(devonContributor);
    expect(await get(id)).toMatchObject({ status: 404, body: { status: "not-found" } });
    await as(board);
    expect(await get(id)).toMatchObject({ status: 404, body: { status: "not-found" } });
    await as(contributor);
    expect(await get(id, "?since=yesterday")).toMatchObject({ status: 400, body: { status: "invalid", errors: [{ field: "since" }] } });
  });
});

describe("the database down", () => {
  it("answers 503 unavailable, not a 500", async () => {
    const id = await newDraft();
    await as(contributor);
    const working = request.db;
    // Nothing listens on port 1: the pool's connection is refused, as when PostgreSQL is down.
    const down = createPrismaClient("postgresql://nobody:nothing@127.0.0.1:1/none");
    request.db = down;
    try {
      expect(await post(id, save("1.1.2", 3, 0))).toMatchObject({ status: 503, body: { status: "unavailable" } });
      expect(await get(id)).toMatchObject({ status: 503, body: { status: "unavailable" } });
    } finally {
      request.db = working;
      await down.$disconnect();
    }
  });
});

describe("findNextEditableItem (Save and go to the next item)", () => {
  it("gives the next item in catalogue order the person may edit, skipping stems and others' items, and null after the last", async () => {
    const { findNextEditableItem } = await import("../../lib/returns/find-next-editable-item");
    const { getReturn } = await import("../../lib/returns/get-return");
    const { toReturnRef } = await import("../../lib/returns/to-return-ref");
    const id = await newDraft();
    await assignItems(fresh.db, { returnId: id, itemKeys: ["1.1.3"], userIds: [colleague.id] }, manager);
    const stored = await getReturn(fresh.db, id, { answers: "none" });
    const input = (afterKey: string) => ({ returnId: id, catalogueVersionId: "regional-2021", ref: toReturnRef(stored!), afterKey });
    expect(await findNextEditableItem(fresh.db, input("1.1.2"), contributor)).toBe("1.1.4");
    expect(await findNextEditableItem(fresh.db, input("1.1.2"), colleague)).toBe("1.1.3");
    expect(await findNextEditableItem(fresh.db, input("1.1.2"), manager)).toBe("1.1.3");
    // 4.1.2 is a stem: its services follow it one by one.
    expect(await findNextEditableItem(fresh.db, input("4.1.1"), contributor)).toBe("4.1.2/ambulance");
    const items = await fresh.db.catalogueItem.findMany({ where: { catalogueVersionId: "regional-2021", kind: "item" }, orderBy: { position: "asc" }, select: { key: true } });
    expect(await findNextEditableItem(fresh.db, input(items.at(-1)!.key), contributor)).toBeNull();
  });
});
