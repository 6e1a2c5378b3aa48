// Partners' returns: an ICB asks its places and providers to self-assess against its draft, and
// reads what they said, item by item and gap by gap; partners read only their own.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../lib/audit/actor";
import { ForbiddenError, NotFoundError, ValidationError } from "../../lib/errors";
import { getLevelReasonContext } from "../../lib/partners/get-level-reason-context";
import { listLevelReasons } from "../../lib/partners/list-level-reasons";
import { listPartnerAnswers } from "../../lib/partners/list-partner-answers";
import { listPartnerGaps } from "../../lib/partners/list-partner-gaps";
import { listPartnerReturns } from "../../lib/partners/list-partner-returns";
import { requestPartnerReturns } from "../../lib/partners/request-partner-returns";
import { getReturn } from "../../lib/returns/get-return";
import { refreshReturn } from "../../lib/returns/refresh-return";
import { saveAnswer } from "../../lib/returns/save-answer";
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
let hospiceContributor: Actor;
let placeContributor: Actor;
let devonManager: Actor;
let icbDraft = "";

beforeAll(async () => {
  fresh = await freshDb();
  await seedReferenceData(fresh.db);
  world = await seedWorld(fresh.db);
  manager = await createActor(fresh.db, "programme_manager", world.bnssg);
  lead = await createActor(fresh.db, "clinical_lead", world.bnssg);
  contributor = await createActor(fresh.db, "contributor", world.bnssg);
  board = await createActor(fresh.db, "board_member", world.bnssg);
  hospiceContributor = await createActor(fresh.db, "contributor", world.hospice);
  placeContributor = await createActor(fresh.db, "contributor", world.place);
  devonManager = await createActor(fresh.db, "programme_manager", world.devon);
  icbDraft = await createReturnWith(fresh.db, { organisationId: world.bnssg.id, status: "draft", title: "BNSSG 2026/27", submittedDaysAgo: null, levels: () => null });
});
afterAll(async () => fresh.cleanup());

const partnerReturnOf = async (organisationId: string) =>
  fresh.db.assessmentReturn.findUniqueOrThrow({ where: { partnerOfId_organisationId: { partnerOfId: icbDraft, organisationId } } });

describe("requestPartnerReturns", () => {
  it("starts a draft for each chosen partner on the ICB return's catalogue version, and asking again starts nothing new", async () => {
    const first = await requestPartnerReturns(fresh.db, { returnId: icbDraft, organisationIds: [world.hospice.id, world.place.id] }, manager);
    expect(first.created).toHaveLength(2);
    expect(first.alreadyAsked).toBe(0);
    for (const { id, organisationId } of first.created) {
      const stored = (await getReturn(fresh.db, id))!;
      expect(stored).toMatchObject({ status: "draft", title: "BNSSG 2026/27", catalogueVersionId: "regional-2021" });
      expect(stored.organisation.id).toBe(organisationId);
    }
    const again = await requestPartnerReturns(fresh.db, { returnId: icbDraft, organisationIds: [world.hospice.id, world.place.id] }, manager);
    expect(again).toEqual({ created: [], alreadyAsked: 2 });
    expect(await fresh.db.assessmentReturn.count({ where: { partnerOfId: icbDraft } })).toBe(2);
    const audited = await fresh.db.auditEvent.count({ where: { action: "return.create", details: { path: ["partnerOf"], equals: icbDraft } } });
    expect(audited).toBe(2);
  });

  it("the database holds one partner return per ICB return and organisation", async () => {
    await expect(
      fresh.db.assessmentReturn.create({
        data: { organisationId: world.hospice.id, catalogueVersionId: "regional-2021", title: "twice", partnerOfId: icbDraft },
      }),
    ).rejects.toThrow();
  });

  it("refuses organisations that are not the ICB's places and providers, in one transaction", async () => {
    const before = await fresh.db.assessmentReturn.count();
    await expect(
      requestPartnerReturns(fresh.db, { returnId: icbDraft, organisationIds: [world.devonProvider.id] }, manager),
    ).rejects.toBeInstanceOf(ValidationError);
    await expect(requestPartnerReturns(fresh.db, { returnId: icbDraft, organisationIds: [] }, manager)).rejects.toBeInstanceOf(ValidationError);
    expect(await fresh.db.assessmentReturn.count()).toBe(before);
  });

  it("is the ICB programme manager's: a clinical lead is refused, another ICB's manager finds nothing", async () => {
    await expect(requestPartnerReturns(fresh.db, { returnId: icbDraft, organisationIds: [world.hospice.id] }, lead)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(requestPartnerReturns(fresh.db, { returnId: icbDraft, organisationIds: [world.hospice.id] }, devonManager)).rejects.toBeInstanceOf(NotFoundError);
    await expect(requestPartnerReturns(fresh.db, { returnId: icbDraft, organisationIds: [world.hospice.id] }, hospiceContributor)).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("what partners said", () => {
  beforeAll(async () => {
    const hospiceReturn = await partnerReturnOf(world.hospice.id);
    const placeReturn = await partnerReturnOf(world.place.id);
    // The partners' own people fill them in, through their memberships.
    await saveAnswer(fresh.db, { returnId: hospiceReturn.id, itemKey: "1.1.1", level: 4, evidence: "Hospice audit", gaps: "No out-of-hours cover", expectedRevision: 0 }, hospiceContributor);
    await saveAnswer(fresh.db, { returnId: placeReturn.id, itemKey: "1.1.1", level: 2, evidence: "", gaps: "  ", expectedRevision: 0 }, placeContributor);
    await saveAnswer(fresh.db, { returnId: placeReturn.id, itemKey: "1.1.2", level: 1, evidence: "", gaps: "Few staff trained", expectedRevision: 0 }, placeContributor);
  });

  it("lists every partner's latest level, evidence and gaps for an item, unrated partners too", async () => {
    const answers = await listPartnerAnswers(fresh.db, { returnId: icbDraft, itemKey: "1.1.1" }, manager);
    expect(answers.map(({ organisationName, level, evidence, gaps, status }) => ({ organisationName, level, evidence, gaps, status }))).toEqual([
      { organisationName: "Bristol", level: 2, evidence: "", gaps: "  ", status: "draft" },
      { organisationName: "St Peter's Hospice", level: 4, evidence: "Hospice audit", gaps: "No out-of-hours cover", status: "draft" },
    ]);
    const unrated = await listPartnerAnswers(fresh.db, { returnId: icbDraft, itemKey: "2.1.1" }, lead);
    expect(unrated.map((answer) => answer.level)).toEqual([null, null]);
  });

  it("lists every partner's gaps for an ambition in catalogue order, blank gaps left out, each with who said it", async () => {
    const gaps = await listPartnerGaps(fresh.db, { returnId: icbDraft, ambition: 1 }, lead);
    expect(gaps.map(({ itemKey, organisationName, gaps }) => [itemKey, organisationName, gaps])).toEqual([
      ["1.1.1", "St Peter's Hospice", "No out-of-hours cover"],
      ["1.1.2", "Bristol", "Few staff trained"],
    ]);
    expect(gaps[0]!.partnerReturnId).toBe((await partnerReturnOf(world.hospice.id)).id);
    expect(await listPartnerGaps(fresh.db, { returnId: icbDraft, ambition: 2 }, manager)).toEqual([]);
  });

  it("shows each partner's progress on the partners page", async () => {
    const { partners } = await listPartnerReturns(fresh.db, icbDraft, manager);
    const hospice = partners.find((partner) => partner.organisation.id === world.hospice.id)!;
    expect(hospice.partnerReturn).toMatchObject({ status: "draft", rated: 1, items: 75 });
    expect(hospice.people).toBeGreaterThanOrEqual(1);
  });

  it("refuses everyone else: the ICB's contributor and board member, partners, another ICB", async () => {
    await expect(listPartnerAnswers(fresh.db, { returnId: icbDraft, itemKey: "1.1.1" }, contributor)).rejects.toBeInstanceOf(ForbiddenError);
    // A board member does not read the ICB's draft at all, so it does not exist to them.
    await expect(listPartnerAnswers(fresh.db, { returnId: icbDraft, itemKey: "1.1.1" }, board)).rejects.toBeInstanceOf(NotFoundError);
    await expect(listPartnerGaps(fresh.db, { returnId: icbDraft, ambition: 1 }, hospiceContributor)).rejects.toBeInstanceOf(NotFoundError);
    await expect(listPartnerReturns(fresh.db, icbDraft, devonManager)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("a partner cannot read the ICB's draft or another partner's return, only its own", async () => {
    const { can } = await import("../../lib/policy/policy");
    const { toReturnRef } = await import("../../lib/returns/to-return-ref");
    const readable = async (actor: Actor, id: string) => can(actor, "return.read", { type: "return", ...toReturnRef((await getReturn(fresh.db, id))!) });
    const hospiceReturn = await partnerReturnOf(world.hospice.id);
    const placeReturn = await partnerReturnOf(world.place.id);
    expect(await readable(hospiceContributor, hospiceReturn.id)).toBe(true);
    expect(await readable(hospiceContributor, icbDraft)).toBe(false);
    expect(await readable(hospiceContributor, placeReturn.id)).toBe(false);
    await expect(
      saveAnswer(fresh.db, { returnId: placeReturn.id, itemKey: "1.1.3", level: 5, evidence: "", gaps: "", expectedRevision: 0 }, hospiceContributor),
    ).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("the reason for a level", () => {
  it("on the ICB's item, proposes from the partners; a reason saved with the answer comes back", async () => {
    const stored = (await getReturn(fresh.db, icbDraft))!;
    // 1.1.1: the hospice at 4, the place at 2: one of two at 3 or above proposes 3.
    expect(await getLevelReasonContext(fresh.db, manager, stored, "1.1.1")).toEqual({ initial: "", proposedLevel: 3, previousLevel: undefined });
    await saveAnswer(fresh.db, { returnId: icbDraft, itemKey: "1.1.1", level: 2, evidence: "", gaps: "", expectedRevision: 0, levelReason: "Only the hospice is there yet." }, manager);
    expect(await getLevelReasonContext(fresh.db, manager, stored, "1.1.1")).toMatchObject({ initial: "Only the hospice is there yet.", proposedLevel: 3 });
    // Someone who may not read partners gets no proposal: nothing to ask about on 1.1.3.
    expect(await getLevelReasonContext(fresh.db, contributor, stored, "1.1.3")).toBeNull();
  });

  it("on a refreshed return, gives the previous level of the same question, and the dashboard's reasons come from the answers", async () => {
    const published = await createReturnWith(fresh.db, { organisationId: world.place.id, status: "submitted", title: "Place 2024/25", submittedDaysAgo: 30, levels: (key) => (key === "2.1.1" ? null : 3) });
    const { id } = await refreshReturn(fresh.db, { sourceId: published, title: "Place 2025/26" }, manager);
    const refreshed = (await getReturn(fresh.db, id))!;
    expect(await getLevelReasonContext(fresh.db, manager, refreshed, "1.1.1")).toEqual({ initial: "", proposedLevel: null, previousLevel: 3 });
    expect(await getLevelReasonContext(fresh.db, manager, refreshed, "2.1.1")).toMatchObject({ previousLevel: null });
    const revision = refreshed.answers.get("1.1.1")!.revision;
    await saveAnswer(fresh.db, { returnId: id, itemKey: "1.1.1", level: 4, evidence: "", gaps: "", expectedRevision: revision, levelReason: "A register now covers every practice." }, manager);
    expect(await listLevelReasons(fresh.db, id, manager)).toEqual(new Map([["1.1.1", "A register now covers every practice."]]));
    await expect(listLevelReasons(fresh.db, id, devonManager)).rejects.toBeInstanceOf(NotFoundError);
    await expect(listLevelReasons(fresh.db, id, hospiceContributor)).rejects.toBeInstanceOf(NotFoundError);
  });
});
