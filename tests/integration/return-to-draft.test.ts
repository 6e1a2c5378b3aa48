// Returning a published return to draft: the reason is required and kept in the return's history
// and the audit log together; the dashboard and the regional comparison fall back on the
// organisation's previous published return meanwhile, and can say why.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../lib/audit/actor";
import { getOrganisationDashboard } from "../../lib/dashboards/get-organisation-dashboard";
import { ForbiddenError, NotFoundError, ReturnStateError, ValidationError } from "../../lib/errors";
import { getRegionComparison } from "../../lib/regions/get-region-comparison";
import { changeReturnStatus } from "../../lib/returns/change-return-status";
import { listReturnHistory } from "../../lib/returns/list-return-history";
import { saveAnswer } from "../../lib/returns/save-answer";
import { listReturnedToDraft } from "../../lib/returns/list-returned-to-draft";
import { seedReferenceData } from "../../lib/seed/seed-reference-data";
import { freshDb } from "./support/database";
import { createActor, seedWorld } from "./support/organisation-fixtures";
import { createReturnWith } from "./support/return-fixtures";

let fresh: Awaited<ReturnType<typeof freshDb>>;
let world: Awaited<ReturnType<typeof seedWorld>>;
let manager: Actor;
let clinicalLead: Actor;
let regional: Actor;
let admin: Actor;

beforeAll(async () => {
  fresh = await freshDb();
  await seedReferenceData(fresh.db);
  world = await seedWorld(fresh.db);
  manager = await createActor(fresh.db, "programme_manager", world.bnssg);
  clinicalLead = await createActor(fresh.db, "clinical_lead", world.bnssg);
  regional = await createActor(fresh.db, "regional_lead", world.southWest);
  admin = await createActor(fresh.db, "administrator", world.devon);
});
afterAll(async () => fresh.cleanup());

const events = (returnId: string) => fresh.db.returnStatusEvent.count({ where: { returnId } });
const audits = (returnId: string) => fresh.db.auditEvent.count({ where: { targetId: returnId, action: "return.reopen" } });

describe("changeReturnStatus: reopen", () => {
  it("takes a submitted return back to draft, writing the history and the audit log, and clears its submission", async () => {
    const id = await createReturnWith(fresh.db, { organisationId: world.bnssg.id, status: "draft", title: "Reopen me", submittedDaysAgo: null, levels: () => 2 });
    await changeReturnStatus(fresh.db, { returnId: id, transition: "submit" }, manager);
    await changeReturnStatus(fresh.db, { returnId: id, transition: "reopen", reason: "  Ambition 4 was rated against last year's evidence.  " }, manager);

    const row = await fresh.db.assessmentReturn.findUniqueOrThrow({ where: { id } });
    expect([row.status, row.submittedAt, row.submittedByEmail]).toEqual(["draft", null, null]);
    const history = await listReturnHistory(fresh.db, id);
    expect(history.map((event) => [event.from, event.to, event.reason, event.actorName])).toEqual([
      ["submitted", "draft", "Ambition 4 was rated against last year's evidence.", "Test programme_manager"],
      ["draft", "submitted", "", "Test programme_manager"],
    ]);
    const audit = await fresh.db.auditEvent.findFirstOrThrow({ where: { targetId: id, action: "return.reopen" } });
    expect([audit.actorId, audit.outcome]).toEqual([manager.id, "success"]);
    expect(audit.details).toMatchObject({ from: "submitted", to: "draft", reason: "Ambition 4 was rated against last year's evidence." });
    // The history's time is the submission's clock: the reopen is never before the submission.
    expect(history[0]!.at.getTime()).toBeGreaterThanOrEqual(history[1]!.at.getTime());
  });

  it("refuses without a reason, or from a draft, and writes nothing", async () => {
    const id = await createReturnWith(fresh.db, { organisationId: world.bnssg.id, status: "submitted", title: "No reason", submittedDaysAgo: 1, levels: () => 2 });
    await expect(changeReturnStatus(fresh.db, { returnId: id, transition: "reopen", reason: "   " }, manager)).rejects.toBeInstanceOf(ValidationError);
    await expect(changeReturnStatus(fresh.db, { returnId: id, transition: "reopen" }, manager)).rejects.toBeInstanceOf(ValidationError);
    expect((await fresh.db.assessmentReturn.findUniqueOrThrow({ where: { id } })).status).toBe("submitted");
    const draft = await createReturnWith(fresh.db, { organisationId: world.bnssg.id, status: "draft", title: "Draft", submittedDaysAgo: null, levels: () => 2 });
    await expect(changeReturnStatus(fresh.db, { returnId: draft, transition: "reopen", reason: "Why not" }, manager)).rejects.toBeInstanceOf(ReturnStateError);
    expect([await events(id), await audits(id), await events(draft), await audits(draft)]).toEqual([0, 0, 0, 0]);
  });

  it("leaves a signed-off return to an administrator (who reads no returns), not the programme manager or the clinical lead", async () => {
    const id = await createReturnWith(fresh.db, { organisationId: world.bnssg.id, status: "signed_off", title: "Signed", submittedDaysAgo: 2, levels: () => 3 });
    await expect(changeReturnStatus(fresh.db, { returnId: id, transition: "reopen", reason: "Wrong" }, manager)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(changeReturnStatus(fresh.db, { returnId: id, transition: "reopen", reason: "Wrong" }, clinicalLead)).rejects.toBeInstanceOf(ForbiddenError);
    expect(await events(id)).toBe(0);
    await changeReturnStatus(fresh.db, { returnId: id, transition: "reopen", reason: "Signed off before the board met." }, admin);
    const row = await fresh.db.assessmentReturn.findUniqueOrThrow({ where: { id } });
    expect([row.status, row.signedOffAt, row.submittedAt]).toEqual(["draft", null, null]);
    expect(await audits(id)).toBe(1);
    // An administrator still cannot reach a submitted return: to them it does not exist.
    const submitted = await createReturnWith(fresh.db, { organisationId: world.bnssg.id, status: "submitted", title: "Submitted", submittedDaysAgo: 2, levels: () => 3 });
    await expect(changeReturnStatus(fresh.db, { returnId: submitted, transition: "reopen", reason: "No" }, admin)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("is refused by the database too when a move back to draft has no reason", async () => {
    const id = await createReturnWith(fresh.db, { organisationId: world.bnssg.id, status: "draft", title: "Raw", submittedDaysAgo: null, levels: () => 1 });
    await expect(
      fresh.db.returnStatusEvent.create({ data: { returnId: id, fromStatus: "submitted", toStatus: "draft", reason: " ", actorName: "x", actorEmail: "x@example.nhs.uk" } }),
    ).rejects.toThrow();
  });
});

describe("a reopened return on the dashboard and the regional comparison", () => {
  it("drops out, leaving the organisation's previous published return, with a note saying why", async () => {
    // Devon: an old signed-off return and the newer submitted one, which goes back to draft.
    const devonManager = await createActor(fresh.db, "programme_manager", world.devon);
    const devonBoard = await createActor(fresh.db, "board_member", world.devon);
    const old = await createReturnWith(fresh.db, { organisationId: world.devon.id, status: "signed_off", title: "Devon 2024", submittedDaysAgo: 400, levels: () => 1 });
    const latest = await createReturnWith(fresh.db, { organisationId: world.devon.id, status: "submitted", title: "Devon 2025", submittedDaysAgo: 3, levels: () => 4 });

    expect((await getOrganisationDashboard(fresh.db, devonBoard, world.devon))!.latest?.id).toBe(latest);
    const before = await getRegionComparison(fresh.db, regional, world.southWest.id);
    expect(before!.icbs.find((entry) => entry.icb.id === world.devon.id)!.latest?.id).toBe(latest);

    await changeReturnStatus(fresh.db, { returnId: latest, transition: "reopen", reason: "The hospice figures were missing." }, devonManager);

    const dashboard = (await getOrganisationDashboard(fresh.db, devonBoard, world.devon))!;
    expect(dashboard.latest?.id).toBe(old);
    expect(dashboard.history.map((entry) => entry.id)).toEqual([old]);
    const after = await getRegionComparison(fresh.db, regional, world.southWest.id);
    expect(after!.icbs.find((entry) => entry.icb.id === world.devon.id)!.latest?.id).toBe(old);

    const notes = await listReturnedToDraft(fresh.db, { id: world.devon.id });
    expect(notes.map((note) => [note.returnId, note.title, note.reason, note.actorName])).toEqual([[latest, "Devon 2025", "The hospice figures were missing.", "Test programme_manager"]]);
    // A draft never submitted is nobody's business but its authors'.
    await createReturnWith(fresh.db, { organisationId: world.devon.id, status: "draft", title: "Devon 2026 draft", submittedDaysAgo: null, levels: () => 5 });
    expect((await listReturnedToDraft(fresh.db, { kind: "icb", regionId: world.southWest.id })).filter((note) => note.organisationId === world.devon.id)).toHaveLength(1);

    // Submitted again: back on the dashboard, and the note is gone.
    await changeReturnStatus(fresh.db, { returnId: latest, transition: "submit" }, devonManager);
    expect((await getOrganisationDashboard(fresh.db, devonBoard, world.devon))!.latest?.id).toBe(latest);
    expect(await listReturnedToDraft(fresh.db, { id: world.devon.id })).toEqual([]);
  });
});

describe("a save that changes nothing", () => {
  it("writes no version and says it changed nothing, for a blank new item and for an answer saved as it stands", async () => {
    const id = await createReturnWith(fresh.db, { organisationId: world.bnssg.id, status: "draft", title: "Blank saves", submittedDaysAgo: null, levels: () => null });
    const blank = { returnId: id, itemKey: "1.1.1", level: null, evidence: "", gaps: "", expectedRevision: 0 };
    await expect(saveAnswer(fresh.db, blank, manager)).resolves.toMatchObject({ revision: 0, ambition: 1, changed: false });
    expect(await fresh.db.returnAnswer.count({ where: { returnId: id } })).toBe(0);
    const rated = { ...blank, level: 2, evidence: "Audit" };
    await expect(saveAnswer(fresh.db, rated, manager)).resolves.toMatchObject({ revision: 1, ambition: 1, changed: true });
    await expect(saveAnswer(fresh.db, { ...rated, expectedRevision: 1 }, manager)).resolves.toMatchObject({ revision: 1, ambition: 1, changed: false });
    expect(await fresh.db.returnAnswerRevision.count({ where: { returnId: id } })).toBe(1);
    await expect(saveAnswer(fresh.db, { ...rated, gaps: "Out of hours", expectedRevision: 1 }, manager)).resolves.toMatchObject({ revision: 2, changed: true });
  });
});
