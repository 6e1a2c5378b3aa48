// The improvement plan against the real database: actions created from gaps, every change kept,
// stale edits refused, who may do what, the plan's filters, carry-over on refresh, the CHECKs.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../lib/audit/actor";
import { countActionsByAmbition } from "../../lib/actions/count-actions-by-ambition";
import { createAction, type CreateActionInput } from "../../lib/actions/create-action";
import { getAction } from "../../lib/actions/get-action";
import { listActionChanges } from "../../lib/actions/list-action-changes";
import { listActions } from "../../lib/actions/list-actions";
import { updateAction } from "../../lib/actions/update-action";
import { updateActionStatus } from "../../lib/actions/update-action-status";
import { ForbiddenError, NotFoundError, StaleActionError, ValidationError } from "../../lib/errors";
import { toOrgRef } from "../../lib/organisations/to-org-ref";
import { refreshReturn } from "../../lib/returns/refresh-return";
import { getReturn } from "../../lib/returns/get-return";
import { exportStoredReturn } from "../../lib/xlsx/export-stored-return";
import ExcelJS from "exceljs";
import { seedReferenceData } from "../../lib/seed/seed-reference-data";
import { freshDb } from "./support/database";
import { createActor, seedWorld } from "./support/organisation-fixtures";
import { createReturnWith } from "./support/return-fixtures";

let fresh: Awaited<ReturnType<typeof freshDb>>;
let world: Awaited<ReturnType<typeof seedWorld>>;
let manager: Actor;
let lead: Actor;
let contributor: Actor;
let board: Actor;
let regional: Actor;
let devonManager: Actor;
let hospiceOwner: Actor;
let devonPerson: Actor;
let published = "";
let draft = "";

const TODAY = new Date("2026-12-04T00:00:00Z");
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

function input(overrides: Partial<CreateActionInput> = {}): CreateActionInput {
  return {
    returnId: published,
    itemKeys: ["1.1.1"],
    ambitionNumber: 1,
    sourceReturnId: null,
    wantTo: "Every care home resident has an advance care plan",
    doThisBy: "Training care home staff in advance care planning",
    owner: { name: "St Peter's Hospice" },
    dueDate: day("2027-03-31"),
    ...overrides,
  };
}

beforeAll(async () => {
  fresh = await freshDb();
  await seedReferenceData(fresh.db);
  world = await seedWorld(fresh.db);
  manager = await createActor(fresh.db, "programme_manager", world.bnssg);
  lead = await createActor(fresh.db, "clinical_lead", world.bnssg);
  contributor = await createActor(fresh.db, "contributor", world.bnssg);
  board = await createActor(fresh.db, "board_member", world.bnssg);
  regional = await createActor(fresh.db, "regional_lead", world.southWest);
  devonManager = await createActor(fresh.db, "programme_manager", world.devon);
  hospiceOwner = await createActor(fresh.db, "contributor", world.hospice);
  devonPerson = await createActor(fresh.db, "contributor", world.devonProvider);
  published = await createReturnWith(fresh.db, {
    organisationId: world.bnssg.id,
    status: "signed_off",
    title: "BNSSG 2025/26",
    submittedDaysAgo: 100,
    levels: () => 2,
    gaps: (key) => `Gaps for ${key}`,
  });
  draft = await createReturnWith(fresh.db, { organisationId: world.bnssg.id, status: "draft", title: "BNSSG draft", submittedDaysAgo: null, levels: () => 1, gaps: () => "Draft gap" });
});
afterAll(async () => fresh.cleanup());

describe("creating, editing and the history", () => {
  it("creates an action from an item's gap, shows that gap, and keeps its creation in the history", async () => {
    const { id } = await createAction(fresh.db, input({ owner: { userId: hospiceOwner.id } }), manager);
    const view = (await getAction(fresh.db, id, manager))!;
    expect(view).toMatchObject({ ambitionNumber: 1, status: "not_started", version: 1, ownerUserId: hospiceOwner.id, organisation: { id: world.bnssg.id } });
    expect(view.origin.raisedFrom).toMatchObject({ returnId: published, returnTitle: "BNSSG 2025/26", item: { key: "1.1.1" }, gaps: "Gaps for 1.1.1" });
    const history = await listActionChanges(fresh.db, id);
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({ field: "created", actorName: "Test programme_manager" });
  });

  it("keeps every edit and status change with who, before and after, and refuses an edit from a stale page", async () => {
    const { id } = await createAction(fresh.db, input(), lead);
    const edited = await updateAction(
      fresh.db,
      { actionId: id, expectedVersion: 1, wantTo: "Every resident has a plan", doThisBy: input().doThisBy, owner: { userId: hospiceOwner.id }, dueDate: day("2027-06-30") },
      manager,
    );
    expect(edited).toEqual({ version: 2, changed: 3 });
    await expect(
      updateAction(fresh.db, { actionId: id, expectedVersion: 1, wantTo: "Mine", doThisBy: "Mine", owner: { name: "A council" }, dueDate: day("2027-01-01") }, lead),
    ).rejects.toBeInstanceOf(StaleActionError);
    // The owner (a hospice contributor with an account) moves it on, but may not rewrite it.
    await updateActionStatus(fresh.db, { actionId: id, expectedVersion: 2, status: "in_progress", updateNote: "Two homes trained" }, hospiceOwner);
    await expect(
      updateAction(fresh.db, { actionId: id, expectedVersion: 3, wantTo: "x", doThisBy: "y", owner: { userId: hospiceOwner.id }, dueDate: day("2027-06-30") }, hospiceOwner),
    ).rejects.toBeInstanceOf(ForbiddenError);
    await updateActionStatus(fresh.db, { actionId: id, expectedVersion: 3, status: "done", updateNote: "All homes trained" }, manager);
    const history = await listActionChanges(fresh.db, id);
    expect(history.map((change) => [change.field, change.before, change.after])).toEqual([
      ["created", "", expect.stringContaining("owner St Peter's Hospice, due 2027-03-31")],
      ["wantTo", "Every care home resident has an advance care plan", "Every resident has a plan"],
      ["owner", "St Peter's Hospice", "Test contributor"],
      ["dueDate", "2027-03-31", "2027-06-30"],
      ["status", "not_started", "in_progress"],
      ["updateNote", "", "Two homes trained"],
      ["status", "in_progress", "done"],
      ["updateNote", "Two homes trained", "All homes trained"],
    ]);
    expect(history[4]!.actorName).toBe("Test contributor");
    const stored = await fresh.db.improvementAction.findUniqueOrThrow({ where: { id } });
    expect(stored.version).toBe(4);
    expect(stored.doneAt).toBeInstanceOf(Date);
  });

  it("refuses an owner from another ICB, and an unknown or unreadable return", async () => {
    await expect(createAction(fresh.db, input({ owner: { userId: devonPerson.id } }), manager)).rejects.toMatchObject({ field: "ownerUserId", reason: "owner.notEligible" });
    await expect(createAction(fresh.db, input({ owner: { name: "   " } }), manager)).rejects.toBeInstanceOf(ValidationError);
    await expect(createAction(fresh.db, input(), devonManager)).rejects.toBeInstanceOf(NotFoundError);
    await expect(createAction(fresh.db, input({ returnId: "00000000-0000-4000-8000-000000000000" }), manager)).rejects.toBeInstanceOf(NotFoundError);
    await expect(createAction(fresh.db, input({ itemKeys: ["9.9.9"] }), manager)).rejects.toBeInstanceOf(NotFoundError);
    await expect(createAction(fresh.db, input({ ambitionNumber: 2 }), manager)).rejects.toMatchObject({ reason: "action.ambitionMismatch" });
  });

  it("lets a contributor create an action only from an item assigned to them, and board members none", async () => {
    await expect(createAction(fresh.db, input({ itemKeys: ["1.1.2"] }), contributor)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(createAction(fresh.db, input({ itemKeys: [] }), contributor)).rejects.toBeInstanceOf(ForbiddenError);
    const item = await fresh.db.catalogueItem.findFirstOrThrow({ where: { catalogueVersionId: "regional-2021", key: "1.1.2" } });
    await fresh.db.returnAssignment.create({ data: { returnId: published, catalogueItemId: item.id, userId: contributor.id } });
    await expect(createAction(fresh.db, input({ itemKeys: ["1.1.2"] }), contributor)).resolves.toHaveProperty("id");
    await expect(createAction(fresh.db, input(), board)).rejects.toBeInstanceOf(ForbiddenError);
  });
});

describe("the plan and its readers", () => {
  it("filters by ambition, owner, status and due date, highlights overdue, and shows a regional lead only actions from published returns", async () => {
    const overdue = await createAction(fresh.db, input({ itemKeys: [], ambitionNumber: 3, dueDate: day("2026-11-01"), wantTo: "Overdue one" }), manager);
    const fromDraft = await createAction(fresh.db, input({ returnId: draft, itemKeys: ["2.1.1"], ambitionNumber: 2, dueDate: day("2026-12-20"), wantTo: "From the draft" }), manager);
    const org = toOrgRef(world.bnssg);
    const all = await listActions(fresh.db, manager, org, {}, TODAY);
    expect(all.rows.map((row) => row.wantTo)).toContain("From the draft");
    expect(all.rows.find((row) => row.id === overdue.id)).toMatchObject({ overdue: true, origin: { raisedFrom: { item: null, returnTitle: "BNSSG 2025/26" } } });
    expect((await listActions(fresh.db, manager, org, { ambition: 3 }, TODAY)).rows.map((row) => row.id)).toEqual([overdue.id]);
    expect((await listActions(fresh.db, manager, org, { due: "overdue" }, TODAY)).rows.map((row) => row.id)).toEqual([overdue.id]);
    expect((await listActions(fresh.db, manager, org, { due: "soon" }, TODAY)).rows.map((row) => row.id)).toEqual([fromDraft.id]);
    expect((await listActions(fresh.db, manager, org, { status: "done" }, TODAY)).rows.every((row) => row.status === "done")).toBe(true);
    const byOwner = await listActions(fresh.db, manager, org, { owner: `user:${hospiceOwner.id}` }, TODAY);
    expect(byOwner.rows.length).toBeGreaterThan(0);
    expect(byOwner.rows.every((row) => row.ownerKey === `user:${hospiceOwner.id}`)).toBe(true);
    expect(all.owners.map((owner) => owner.label)).toEqual(expect.arrayContaining(["St Peter's Hospice", "Test contributor"]));
    expect((await listActions(fresh.db, manager, org, { owner: "user:not-a-uuid" }, TODAY)).rows).toEqual([]);

    const region = await listActions(fresh.db, regional, org, {}, TODAY);
    expect(region.rows.length).toBe(all.rows.length - 1);
    expect(region.rows.map((row) => row.id)).not.toContain(fromDraft.id);
    expect(await getAction(fresh.db, fromDraft.id, regional)).toBeNull();
    expect(await getAction(fresh.db, overdue.id, devonManager)).toBeNull();
    await expect(listActions(fresh.db, devonManager, org, {}, TODAY)).rejects.toBeInstanceOf(ForbiddenError);
    // A board member reads the plan, drafts' actions included (the plan is the organisation's).
    expect((await listActions(fresh.db, board, org, {}, TODAY)).rows.length).toBe(all.rows.length);
  });

  it("counts open, overdue and done-since per ambition", async () => {
    const counts = await countActionsByAmbition(fresh.db, manager, toOrgRef(world.bnssg), { today: TODAY, since: day("2026-01-01") });
    expect(counts).toHaveLength(6);
    const one = counts.find((c) => c.ambition === 1)!;
    const three = counts.find((c) => c.ambition === 3)!;
    expect(one.doneSince).toBe(1);
    expect(three).toMatchObject({ open: 1, overdue: 1, doneSince: 0 });
    const later = await countActionsByAmbition(fresh.db, manager, toOrgRef(world.bnssg), { today: TODAY, since: new Date(Date.now() + 60_000) });
    expect(later.find((c) => c.ambition === 1)!.doneSince).toBe(0);
  });
});

describe("carry-over on refresh", () => {
  it("links the open actions to the new return's items with the same keys; done and dropped ones stay behind", async () => {
    const open = await createAction(fresh.db, input({ wantTo: "Carry me" }), manager);
    const ambition = await createAction(fresh.db, input({ itemKeys: [], ambitionNumber: 5, wantTo: "Ambition-wide" }), manager);
    const dropped = await createAction(fresh.db, input({ wantTo: "Drop me" }), manager);
    await updateActionStatus(fresh.db, { actionId: dropped.id, expectedVersion: 1, status: "dropped", updateNote: "" }, manager);
    const { id: refreshed } = await refreshReturn(fresh.db, { sourceId: published, title: "BNSSG 2026/27" }, manager);
    const links = await fresh.db.improvementActionItem.findMany({ where: { returnId: refreshed }, select: { actionId: true, catalogueItem: { select: { key: true } } } });
    const byAction = new Map(links.map((link) => [link.actionId, link.catalogueItem?.key ?? null]));
    expect(byAction.get(open.id)).toBe("1.1.1");
    expect(byAction.has(ambition.id)).toBe(true);
    expect(byAction.get(ambition.id)).toBeNull();
    expect(byAction.has(dropped.id)).toBe(false);
    // The signed-off return still shows the actions raised from it.
    expect(await fresh.db.improvementActionItem.count({ where: { returnId: published, actionId: open.id } })).toBe(1);
    const history = await listActionChanges(fresh.db, open.id);
    expect(history.at(-1)).toMatchObject({ field: "items", after: "BNSSG 2026/27" });
    // The first link is still where it was raised.
    expect((await getAction(fresh.db, open.id, manager))!.origin.raisedFrom?.returnId).toBe(published);
  });
});

describe("the workbook", () => {
  it("gets an Improvement plan sheet with the return's actions and the gap each came from", async () => {
    const stored = (await getReturn(fresh.db, published))!;
    const { body } = await exportStoredReturn(fresh.db, stored);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(body as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet("Improvement plan")!;
    expect(workbook.worksheets.at(-1)?.name).toBe("Improvement plan");
    expect(sheet.getRow(1).values).toEqual([undefined, "Ambition", "Item", "Gap it came from", "We want to", "We will do this by", "Owner", "Due date", "Status", "Update"]);
    const rows = sheet.getRows(2, sheet.rowCount - 1)!.map((row) => [row.getCell(1).value, row.getCell(2).value, row.getCell(3).value, row.getCell(4).value]);
    expect(rows).toContainEqual([1, "1.1.1", "Gaps for 1.1.1", "Every care home resident has an advance care plan"]);
    expect(rows).toContainEqual([3, "", "", "Overdue one"]);
    expect(rows.length).toBe(await fresh.db.improvementActionItem.count({ where: { returnId: published } }));
  });
});

describe("database invariants", () => {
  const base = () => ({ organisationId: world.bnssg.id, ambitionNumber: 1, wantTo: "a", doThisBy: "b", dueDate: day("2027-01-01") });
  it.each([
    ["two owners", () => ({ ...base(), ownerUserId: manager.id, ownerName: "A council" })],
    ["no owner", () => ({ ...base() })],
    ["a blank owner name", () => ({ ...base(), ownerName: "  " })],
    ["ambition 7", () => ({ ...base(), ambitionNumber: 7, ownerName: "A council" })],
    ["a blank commitment", () => ({ ...base(), wantTo: " ", ownerName: "A council" })],
    ["done without a time", () => ({ ...base(), ownerName: "A council", status: "done" as const })],
  ])("refuses %s", async (_name, data) => {
    await expect(fresh.db.improvementAction.create({ data: data() })).rejects.toThrow();
  });

  it("refuses a second ambition-level link to the same return, and an unknown history field", async () => {
    const { id } = await createAction(fresh.db, input({ itemKeys: [], ambitionNumber: 4 }), manager);
    await expect(fresh.db.improvementActionItem.create({ data: { actionId: id, returnId: published } })).rejects.toThrow();
    await expect(fresh.db.improvementActionChange.create({ data: { actionId: id, actorName: "x", field: "colour" } })).rejects.toThrow();
  });
});
