import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { can } from "../../lib/policy/policy";
import type { Actor } from "../../lib/audit/actor";
import { getCatalogueVersion } from "../../lib/catalogue/get-catalogue-version";
import { ConflictError, ForbiddenError, NotFoundError, ReturnStateError, ValidationError } from "../../lib/errors";
import { assignItems } from "../../lib/returns/assign-items";
import { changeReturnStatus } from "../../lib/returns/change-return-status";
import { createReturn } from "../../lib/returns/create-return";
import { findReturnSection } from "../../lib/returns/find-return-section";
import { getReturn } from "../../lib/returns/get-return";
import { listAnswerRevisions } from "../../lib/returns/list-answer-revisions";
import { listReturns } from "../../lib/returns/list-returns";
import { listTasks } from "../../lib/returns/list-tasks";
import { saveAnswer, type AnswerInput } from "../../lib/returns/save-answer";
import { scoreStoredReturn } from "../../lib/returns/score-stored-return";
import { toReturnRef } from "../../lib/returns/to-return-ref";
import { updateReturnDetails } from "../../lib/returns/update-return-details";
import { seedReferenceData } from "../../lib/seed/seed-reference-data";
import bnssg from "../fixtures/bnssg-2022-23.json";
import { freshDb } from "./support/database";
import { createActor, seedWorld } from "./support/organisation-fixtures";

let fresh: Awaited<ReturnType<typeof freshDb>>;
let world: Awaited<ReturnType<typeof seedWorld>>;
let manager: Actor;
let contributor: Actor;
let secondContributor: Actor;
let clinicalLead: Actor;
let board: Actor;
let regional: Actor;
let devonContributor: Actor;
let devonManager: Actor;

beforeAll(async () => {
  fresh = await freshDb();
  await seedReferenceData(fresh.db);
  world = await seedWorld(fresh.db);
  manager = await createActor(fresh.db, "programme_manager", world.bnssg);
  contributor = await createActor(fresh.db, "contributor", world.bnssg);
  secondContributor = await createActor(fresh.db, "contributor", world.bnssg);
  clinicalLead = await createActor(fresh.db, "clinical_lead", world.bnssg);
  board = await createActor(fresh.db, "board_member", world.bnssg);
  regional = await createActor(fresh.db, "regional_lead", world.southWest);
  devonContributor = await createActor(fresh.db, "contributor", world.devon);
  devonManager = await createActor(fresh.db, "programme_manager", world.devon);
});
afterAll(async () => fresh.cleanup());

const answer = (returnId: string, itemKey: string, level: number | null, expectedRevision = 0): AnswerInput => ({
  returnId,
  itemKey,
  level,
  evidence: `Evidence for ${itemKey}`,
  gaps: `Gaps for ${itemKey}`,
  expectedRevision,
});

async function newDraft(title = "2026/27 self-assessment") {
  return createReturn(fresh.db, { organisationId: world.bnssg.id, title }, manager);
}

describe("createReturn", () => {
  it("starts a draft on the default catalogue for the manager's ICB, and audits it", async () => {
    const { id } = await newDraft();
    const stored = await getReturn(fresh.db, id);
    expect(stored).toMatchObject({ status: "draft", catalogueVersionId: "regional-2021", title: "2026/27 self-assessment" });
    expect(stored?.organisation.id).toBe(world.bnssg.id);
    expect(await fresh.db.auditEvent.count({ where: { action: "return.create", targetId: id, actorId: manager.id } })).toBe(1);
  });

  it("lets a manager start one for a provider within the ICB, but not for another ICB or a region", async () => {
    await expect(createReturn(fresh.db, { organisationId: world.hospice.id, title: "Hospice" }, manager)).resolves.toHaveProperty("id");
    await expect(createReturn(fresh.db, { organisationId: world.devon.id, title: "Devon" }, manager)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(createReturn(fresh.db, { organisationId: world.southWest.id, title: "Region" }, manager)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(createReturn(fresh.db, { organisationId: world.bnssg.id, title: "Mine" }, contributor)).rejects.toBeInstanceOf(ForbiddenError);
  });
});

describe("saveAnswer", () => {
  it("saves a level with evidence and gaps, and refuses a save from a stale form without overwriting", async () => {
    const { id } = await newDraft();
    await expect(saveAnswer(fresh.db, answer(id, "1.1.2", 3), contributor)).resolves.toMatchObject({ revision: 1, ambition: 1, changed: true });
    // A colleague who opened the form before that save.
    await expect(saveAnswer(fresh.db, answer(id, "1.1.2", 1, 0), secondContributor)).rejects.toMatchObject({ reason: "answer.stale", currentRevision: 1 });
    await expect(saveAnswer(fresh.db, answer(id, "1.1.2", 4, 1), secondContributor)).resolves.toMatchObject({ revision: 2, ambition: 1, changed: true });
    await expect(saveAnswer(fresh.db, answer(id, "1.1.2", 2, 1), contributor)).rejects.toBeInstanceOf(ConflictError);
    const stored = await getReturn(fresh.db, id);
    expect(stored?.answers.get("1.1.2")).toMatchObject({ level: 4, evidence: "Evidence for 1.1.2", revision: 2, updatedByName: "Test contributor" });
  });

  it("keeps every saved version with who saved it, newest first; a refused save leaves none", async () => {
    const { id } = await newDraft();
    await saveAnswer(fresh.db, answer(id, "2.1.1", 1), contributor);
    await saveAnswer(fresh.db, { ...answer(id, "2.1.1", 3, 1), gaps: "Fewer gaps now" }, secondContributor);
    await expect(saveAnswer(fresh.db, answer(id, "2.1.1", 5, 1), contributor)).rejects.toBeInstanceOf(ConflictError);
    await saveAnswer(fresh.db, answer(id, "2.1.1", null, 2), manager);
    const item = await fresh.db.catalogueItem.findUniqueOrThrow({ where: { catalogueVersionId_key: { catalogueVersionId: "regional-2021", key: "2.1.1" } } });
    const revisions = await listAnswerRevisions(fresh.db, id, item.id);
    expect(revisions.map((revision) => [revision.revision, revision.level, revision.savedByName])).toEqual([
      [3, null, "Test programme_manager"],
      [2, 3, "Test contributor"],
      [1, 1, "Test contributor"],
    ]);
    expect(revisions[1]!.gaps).toBe("Fewer gaps now");
    // The latest version is the answer itself.
    const stored = await getReturn(fresh.db, id);
    expect(stored?.answers.get("2.1.1")).toMatchObject({ level: null, revision: 3 });
  });

  it("keeps not rated apart from level 0, and stores unnumbered 4.1.2 services by their ids", async () => {
    const { id } = await newDraft();
    await saveAnswer(fresh.db, answer(id, "4.1.2/ambulance", 0), contributor);
    await saveAnswer(fresh.db, { ...answer(id, "4.1.2/hospice", null), gaps: "Not yet looked at" }, contributor);
    const stored = await getReturn(fresh.db, id);
    expect(stored?.answers.get("4.1.2/ambulance")?.level).toBe(0);
    expect(stored?.answers.get("4.1.2/hospice")).toMatchObject({ level: null, gaps: "Not yet looked at" });
  });

  it("refuses stems, unknown items and impossible levels, writing nothing", async () => {
    const { id } = await newDraft();
    await expect(saveAnswer(fresh.db, answer(id, "1.6.1", 3), contributor)).rejects.toBeInstanceOf(NotFoundError);
    await expect(saveAnswer(fresh.db, answer(id, "9.9.9", 3), contributor)).rejects.toBeInstanceOf(NotFoundError);
    await expect(saveAnswer(fresh.db, answer(id, "1.1.2", 6), contributor)).rejects.toBeInstanceOf(RangeError);
    await expect(saveAnswer(fresh.db, answer(id, "1.1.2", 2.5), contributor)).rejects.toBeInstanceOf(RangeError);
    expect(await fresh.db.returnAnswer.count({ where: { returnId: id } })).toBe(0);
  });

  it("the database itself refuses a level outside 0-5", async () => {
    const { id } = await newDraft();
    await saveAnswer(fresh.db, answer(id, "1.1.2", 3), contributor);
    await expect(fresh.db.returnAnswer.updateMany({ where: { returnId: id }, data: { level: 7 } })).rejects.toThrow(/return_answer_level_check/);
  });

  it("answers another ICB's contributor as if the return did not exist, and a board member or regional lead may not edit", async () => {
    const { id } = await newDraft();
    await expect(saveAnswer(fresh.db, answer(id, "1.1.2", 3), devonContributor)).rejects.toBeInstanceOf(NotFoundError);
    await expect(saveAnswer(fresh.db, answer(id, "1.1.2", 3), devonManager)).rejects.toBeInstanceOf(NotFoundError);
    // Board members and regional leads never see drafts at all.
    await expect(saveAnswer(fresh.db, answer(id, "1.1.2", 3), board)).rejects.toBeInstanceOf(NotFoundError);
    await expect(saveAnswer(fresh.db, answer(id, "1.1.2", 3), regional)).rejects.toBeInstanceOf(NotFoundError);
    await expect(saveAnswer(fresh.db, answer("00000000-0000-4000-8000-000000000000", "1.1.2", 3), contributor)).rejects.toBeInstanceOf(NotFoundError);
    await expect(saveAnswer(fresh.db, answer("not-a-uuid", "1.1.2", 3), contributor)).rejects.toBeInstanceOf(NotFoundError);
    expect(await fresh.db.returnAnswer.count({ where: { returnId: id } })).toBe(0);
  });

  it("an assigned item is edited by its assignees (and the manager), not by other contributors", async () => {
    const { id } = await newDraft();
    await assignItems(fresh.db, { returnId: id, itemKeys: ["2.1.1"], userIds: [secondContributor.id] }, manager);
    await expect(saveAnswer(fresh.db, answer(id, "2.1.1", 2), contributor)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(saveAnswer(fresh.db, answer(id, "2.1.1", 2), secondContributor)).resolves.toMatchObject({ revision: 1, ambition: 2, changed: true });
    await expect(saveAnswer(fresh.db, answer(id, "2.1.1", 3, 1), manager)).resolves.toMatchObject({ revision: 2, ambition: 2, changed: true });
    // Unassigned items stay open to every contributor.
    await expect(saveAnswer(fresh.db, answer(id, "2.2.1", 2), contributor)).resolves.toMatchObject({ revision: 1, ambition: 2, changed: true });
    expect((await getReturn(fresh.db, id))?.assignees.get("2.1.1")).toEqual([secondContributor.id]);
  });

  it("assigns only to contributors and clinical leads of the return's organisation, and only a manager assigns", async () => {
    const { id } = await newDraft();
    await expect(assignItems(fresh.db, { returnId: id, itemKeys: ["2.1.1"], userIds: [devonContributor.id] }, manager)).rejects.toBeInstanceOf(ValidationError);
    await expect(assignItems(fresh.db, { returnId: id, itemKeys: ["2.1.1"], userIds: [board.id] }, manager)).rejects.toBeInstanceOf(ValidationError);
    await expect(assignItems(fresh.db, { returnId: id, itemKeys: ["2.1.1"], userIds: [contributor.id] }, contributor)).rejects.toBeInstanceOf(ForbiddenError);
    expect(await fresh.db.returnAssignment.count({ where: { returnId: id } })).toBe(0);
  });
});

describe("assignItems for a whole section", () => {
  it("assigns every item of a section in one change, replacing only those items' assignments", async () => {
    const { id } = await newDraft();
    await assignItems(fresh.db, { returnId: id, itemKeys: ["2.1.1"], userIds: [contributor.id] }, manager);
    await assignItems(fresh.db, { returnId: id, itemKeys: ["3.1.1"], userIds: [contributor.id] }, manager);
    const catalogue = (await getCatalogueVersion(fresh.db, "regional-2021"))!;
    const section = findReturnSection(catalogue, "1.1")!;
    expect(section.items.map((item) => item.key)).toEqual(["1.1.1", "1.1.2", "1.1.3", "1.1.4", "1.1.5", "1.1.6", "1.1.7"]);
    await assignItems(fresh.db, { returnId: id, itemKeys: section.items.map((item) => item.key), userIds: [secondContributor.id, clinicalLead.id] }, manager);
    const stored = (await getReturn(fresh.db, id))!;
    for (const item of section.items) expect(stored.assignees.get(item.key)?.sort()).toEqual([secondContributor.id, clinicalLead.id].sort());
    expect(stored.assignees.get("3.1.1")).toEqual([contributor.id]);
    expect(stored.assignees.get("2.1.1")).toEqual([contributor.id]);
    // Nobody ticked: the whole section is open again.
    await assignItems(fresh.db, { returnId: id, itemKeys: section.items.map((item) => item.key), userIds: [] }, manager);
    const reopened = (await getReturn(fresh.db, id))!;
    expect(section.items.some((item) => reopened.assignees.has(item.key))).toBe(false);
    expect(reopened.assignees.get("3.1.1")).toEqual([contributor.id]);
  });

  it("refuses the whole change when one key is not a rated item, writing nothing", async () => {
    const { id } = await newDraft();
    for (const itemKeys of [["2.1.1", "1.6.1"], ["2.1.1", "9.9.9"], []]) {
      await expect(assignItems(fresh.db, { returnId: id, itemKeys, userIds: [contributor.id] }, manager)).rejects.toBeInstanceOf(NotFoundError);
    }
    expect(await fresh.db.returnAssignment.count({ where: { returnId: id } })).toBe(0);
  });
});

describe("listTasks", () => {
  it("tells each person what waits for them: their assigned items, drafts to submit, returns to sign off", async () => {
    const { id } = await newDraft("Tasks draft");
    await assignItems(fresh.db, { returnId: id, itemKeys: ["3.2.1", "2.2.1"], userIds: [secondContributor.id] }, manager);
    await saveAnswer(fresh.db, answer(id, "2.2.1", 2), secondContributor);
    await saveAnswer(fresh.db, answer(id, "1.1.2", 3), contributor);
    const submitted = await newDraft("Tasks submitted");
    await changeReturnStatus(fresh.db, { returnId: submitted.id, transition: "submit" }, manager);

    const mine = await listTasks(fresh.db, secondContributor);
    // Lands on the first assigned item still not rated, in catalogue order; the first of them once all are.
    expect(mine.assigned.find((task) => task.id === id)).toMatchObject({ items: 2, notRated: 1, firstAmbition: 3, firstItemKey: "3.2.1", title: "Tasks draft" });
    await saveAnswer(fresh.db, answer(id, "3.2.1", 1), secondContributor);
    expect((await listTasks(fresh.db, secondContributor)).assigned.find((task) => task.id === id)).toMatchObject({ notRated: 0, firstAmbition: 2, firstItemKey: "2.2.1" });
    expect(mine.toSubmit).toEqual([]);
    expect(mine.toSignOff).toEqual([]);

    const managed = await listTasks(fresh.db, manager);
    expect(managed.toSubmit.find((task) => task.id === id)).toMatchObject({ rated: 3, total: 75 });
    expect(managed.toSubmit.some((task) => task.id === submitted.id)).toBe(false);
    expect(managed.assigned).toEqual([]);

    const lead = await listTasks(fresh.db, clinicalLead);
    expect(lead.toSignOff.map((task) => task.id)).toContain(submitted.id);
    expect(lead.toSignOff.some((task) => task.id === id)).toBe(false);

    for (const other of [devonManager, board, regional]) {
      const tasks = await listTasks(fresh.db, other);
      expect([...tasks.assigned, ...tasks.toSubmit, ...tasks.toSignOff].some((task) => task.id === id || task.id === submitted.id)).toBe(false);
    }
  });
});

describe("getReturn", () => {
  it("loads every answer, one item's, or none, with the header the same each way", async () => {
    const { id } = await newDraft();
    await saveAnswer(fresh.db, answer(id, "1.1.2", 3), contributor);
    await saveAnswer(fresh.db, answer(id, "4.1.2/ambulance", 1), contributor);
    await assignItems(fresh.db, { returnId: id, itemKeys: ["4.1.2/ambulance"], userIds: [contributor.id] }, manager);
    const all = await getReturn(fresh.db, id);
    const one = await getReturn(fresh.db, id, { answers: { itemKey: "4.1.2/ambulance" } });
    const none = await getReturn(fresh.db, id, { answers: "none" });
    expect([...all!.answers.keys()].sort()).toEqual(["1.1.2", "4.1.2/ambulance"]);
    expect([...one!.answers.keys()]).toEqual(["4.1.2/ambulance"]);
    expect(one!.assignees.get("4.1.2/ambulance")).toEqual([contributor.id]);
    expect(none!.answers.size + none!.assignees.size).toBe(0);
    const header = ({ answers: _a, assignees: _b, ...rest }: NonNullable<typeof all>) => rest;
    expect(header(one!)).toEqual(header(all!));
    expect(header(none!)).toEqual(header(all!));
  });
});

describe("the return's life: draft → submitted → signed off", () => {
  it("only a manager submits a draft; then nobody edits it; only a clinical lead signs it off, which locks it", async () => {
    const { id } = await newDraft();
    await saveAnswer(fresh.db, answer(id, "1.1.2", 3), contributor);
    await expect(changeReturnStatus(fresh.db, { returnId: id, transition: "submit" }, contributor)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(changeReturnStatus(fresh.db, { returnId: id, transition: "signOff" }, clinicalLead)).rejects.toBeInstanceOf(ReturnStateError);
    await changeReturnStatus(fresh.db, { returnId: id, transition: "submit" }, manager);
    expect(await getReturn(fresh.db, id)).toMatchObject({ status: "submitted", submittedByEmail: manager.email });

    await expect(saveAnswer(fresh.db, answer(id, "1.1.2", 5, 1), contributor)).rejects.toBeInstanceOf(ReturnStateError);
    await expect(updateReturnDetails(fresh.db, id, { title: "x", completedBy: "", versionNote: "", completionDate: null, livedExperience: "" }, manager)).rejects.toBeInstanceOf(ReturnStateError);
    await expect(changeReturnStatus(fresh.db, { returnId: id, transition: "signOff" }, manager)).rejects.toBeInstanceOf(ForbiddenError);
    await changeReturnStatus(fresh.db, { returnId: id, transition: "signOff" }, clinicalLead);
    const signed = await getReturn(fresh.db, id);
    expect(signed).toMatchObject({ status: "signed_off", signedOffByEmail: clinicalLead.email });
    expect(signed?.answers.get("1.1.2")?.level).toBe(3);
    await expect(changeReturnStatus(fresh.db, { returnId: id, transition: "signOff" }, clinicalLead)).rejects.toBeInstanceOf(ReturnStateError);
    const audits = await fresh.db.auditEvent.findMany({ where: { targetId: id }, orderBy: { id: "asc" }, select: { action: true } });
    expect(audits.map((row) => row.action)).toEqual(["return.create", "return.submit", "return.sign_off"]);
  });

  it("the manager keeps the front sheet's header fields while it is a draft", async () => {
    const { id } = await newDraft();
    await updateReturnDetails(
      fresh.db,
      id,
      { title: "Refresh 2026", completedBy: "EoLC programme board", versionNote: "v0.3", completionDate: new Date("2026-11-30"), livedExperience: "Two carers from the Bristol carers' forum" },
      manager,
    );
    expect(await getReturn(fresh.db, id)).toMatchObject({ title: "Refresh 2026", completedBy: "EoLC programme board", versionNote: "v0.3", livedExperience: "Two carers from the Bristol carers' forum" });
    expect((await getReturn(fresh.db, id))?.completionDate?.toISOString().slice(0, 10)).toBe("2026-11-30");
    await expect(updateReturnDetails(fresh.db, id, { title: "x", completedBy: "", versionNote: "", completionDate: null, livedExperience: "" }, contributor)).rejects.toBeInstanceOf(ForbiddenError);
  });
});

describe("listReturns", () => {
  it("lists exactly the returns the policy lets each user read", async () => {
    const draft = await newDraft("List draft");
    const submitted = await newDraft("List submitted");
    await changeReturnStatus(fresh.db, { returnId: submitted.id, transition: "submit" }, manager);
    const devonDraft = await createReturn(fresh.db, { organisationId: world.devon.id, title: "Devon draft" }, devonManager);
    const all = await fresh.db.assessmentReturn.findMany({ include: { organisation: true } });
    for (const user of [manager, contributor, clinicalLead, board, regional, devonContributor, devonManager]) {
      const listed = new Set((await listReturns(fresh.db, user)).map((entry) => entry.id));
      const expected = new Set(all.filter((row) => can(user, "return.read", { type: "return", ...toReturnRef(row) })).map((row) => row.id));
      expect(listed).toEqual(expected);
    }
    const boardIds = (await listReturns(fresh.db, board)).map((entry) => entry.id);
    expect(boardIds).toContain(submitted.id);
    expect(boardIds).not.toContain(draft.id);
    const regionalIds = (await listReturns(fresh.db, regional)).map((entry) => entry.id);
    expect(regionalIds).toContain(submitted.id);
    expect(regionalIds).not.toContain(devonDraft.id);
    expect((await listReturns(fresh.db, devonContributor)).map((entry) => entry.id)).toEqual([devonDraft.id]);
  });
});

describe("scoreStoredReturn", () => {
  it("a return entered item by item reproduces BNSSG's published front sheet", async () => {
    const { id } = await newDraft("BNSSG 2022/23");
    for (const [itemKey, level] of Object.entries(bnssg.levels)) {
      await saveAnswer(fresh.db, answer(id, itemKey, level), contributor);
    }
    const catalogue = await getCatalogueVersion(fresh.db, "regional-2021");
    const stored = await getReturn(fresh.db, id);
    const score = scoreStoredReturn(catalogue!, stored!);
    for (const [ambition, expected] of Object.entries(bnssg.expected.ambitions)) {
      const got = score.ambitions.find((entry) => entry.ambition === Number(ambition));
      expect([...got!.shares, got!.level3Plus], `ambition ${ambition}`).toEqual(expected);
    }
    expect(score.band).toBe("mostly level 3");
  });
});
