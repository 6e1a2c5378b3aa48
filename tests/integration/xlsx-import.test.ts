import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../lib/audit/actor";
import { ConflictError, NotFoundError, ReturnStateError, WorkbookRefusedError } from "../../lib/errors";
import { applyImport } from "../../lib/imports/apply-import";
import { cancelImport } from "../../lib/imports/cancel-import";
import { createImportPreview } from "../../lib/imports/create-import-preview";
import { getImportPreview } from "../../lib/imports/get-import-preview";
import { assignItems } from "../../lib/returns/assign-items";
import { changeReturnStatus } from "../../lib/returns/change-return-status";
import { createReturn } from "../../lib/returns/create-return";
import { getReturn } from "../../lib/returns/get-return";
import { saveAnswer } from "../../lib/returns/save-answer";
import { toReturnRef } from "../../lib/returns/to-return-ref";
import { seedReferenceData } from "../../lib/seed/seed-reference-data";
import { MAX_WORKBOOK_BYTES } from "../../lib/xlsx/xlsx-import-limits";
import { buildZip, XLSX_PARTS } from "../support/build-zip";
import { buildHandMadeWorkbook } from "../support/hand-made-workbook";
import { freshDb } from "./support/database";
import { createActor, seedWorld } from "./support/organisation-fixtures";

let fresh: Awaited<ReturnType<typeof freshDb>>;
let world: Awaited<ReturnType<typeof seedWorld>>;
let manager: Actor;
let contributor: Actor;
let board: Actor;
let devonManager: Actor;

beforeAll(async () => {
  fresh = await freshDb();
  await seedReferenceData(fresh.db);
  world = await seedWorld(fresh.db);
  manager = await createActor(fresh.db, "programme_manager", world.bnssg);
  contributor = await createActor(fresh.db, "contributor", world.bnssg);
  board = await createActor(fresh.db, "board_member", world.bnssg);
  devonManager = await createActor(fresh.db, "programme_manager", world.devon);
});
afterAll(async () => fresh.cleanup());

async function newDraft() {
  return (await createReturn(fresh.db, { organisationId: world.bnssg.id, title: "2026/27 self-assessment" }, manager)).id;
}

/** Every row a return's answers and history hold, to prove a refusal wrote nothing. */
async function snapshot(returnId: string) {
  const [answers, revisions, pending, details] = await Promise.all([
    fresh.db.returnAnswer.findMany({ where: { returnId }, orderBy: { catalogueItemId: "asc" } }),
    fresh.db.returnAnswerRevision.count({ where: { returnId } }),
    fresh.db.pendingImport.count({ where: { returnId } }),
    fresh.db.assessmentReturn.findUniqueOrThrow({ where: { id: returnId }, select: { completedBy: true, versionNote: true, completionDate: true, livedExperience: true } }),
  ]);
  return { answers, revisions, pending, details };
}

async function preview(returnId: string, importId: string, actor: Actor) {
  const stored = (await getReturn(fresh.db, returnId, { answers: "none" }))!;
  return getImportPreview(fresh.db, { id: stored.id, catalogueVersionId: stored.catalogueVersionId, ref: toReturnRef(stored) }, importId, actor);
}

const filled = () =>
  buildHandMadeWorkbook({
    levelStyle: "number",
    answers: {
      "1.1.2": { level: 3, evidence: "ReSPECT audit\nsecond line", gaps: "=SUM(A1) stays text" },
      "4.1.2/hospice": { level: "L4", evidence: "St Peter's views EPaCCS" },
      "6.2.1": { level: "Lvl three", evidence: "kept text" },
    },
    details: { completedBy: "EoLC board", versionNote: "v2", completionDate: "2026-03-31", livedExperience: "Carers' group" },
  });

describe("importing a workbook into a draft", () => {
  it("previews item by item what will change, then applies all of it with the history noted", async () => {
    const returnId = await newDraft();
    await saveAnswer(fresh.db, { returnId, itemKey: "1.1.2", level: 1, evidence: "old", gaps: "", expectedRevision: 0 }, manager);
    const { importId } = await createImportPreview(fresh.db, { returnId, fileName: "bnssg.xlsx", bytes: await filled() }, manager);

    const shown = (await preview(returnId, importId, manager))!;
    expect(shown.items.map((change) => [change.key, change.before.level, change.after.level])).toEqual([
      ["1.1.2", 1, 3],
      ["4.1.2/hospice", null, 4],
      ["6.2.1", null, null],
    ]);
    expect(shown.items.find((change) => change.key === "6.2.1")?.after.evidence).toBe("kept text");
    expect(shown.details.map((change) => [change.field, change.after])).toEqual([
      ["completedBy", "EoLC board"],
      ["versionNote", "v2"],
      ["completionDate", "2026-03-31"],
      ["livedExperience", "Carers' group"],
    ]);
    expect(shown.problems.map((problem) => `${problem.place}: ${problem.message}`)).toEqual(['Ambition 6!C7: "Lvl three" is not a level 0-5']);
    // Nothing is written by the preview.
    expect((await fresh.db.returnAnswer.findMany({ where: { returnId } })).length).toBe(1);

    expect(await applyImport(fresh.db, { returnId, importId }, manager)).toEqual({ items: 3, details: 4 });
    const stored = (await getReturn(fresh.db, returnId))!;
    expect(stored.answers.get("1.1.2")).toMatchObject({ level: 3, evidence: "ReSPECT audit\nsecond line", gaps: "=SUM(A1) stays text", revision: 2 });
    expect(stored.answers.get("4.1.2/hospice")).toMatchObject({ level: 4, revision: 1 });
    expect(stored.completedBy).toBe("EoLC board");
    expect(stored.completionDate?.toISOString().slice(0, 10)).toBe("2026-03-31");
    const history = await fresh.db.returnAnswerRevision.findMany({ where: { returnId }, orderBy: [{ savedAt: "asc" }, { revision: "asc" }], select: { revision: true, note: true, level: true } });
    expect(history).toHaveLength(4);
    expect(history.filter((row) => row.note === "imported from bnssg.xlsx")).toHaveLength(3);
    expect(await fresh.db.pendingImport.count({ where: { id: importId } })).toBe(0);

    // The same workbook again changes nothing.
    const again = await createImportPreview(fresh.db, { returnId, fileName: "bnssg.xlsx", bytes: await filled() }, manager);
    const second = (await preview(returnId, again.importId, manager))!;
    expect(second.items).toEqual([]);
    expect(second.details).toEqual([]);
  });

  it("refuses the apply when a colleague saved a changed item after the preview, and shows it again against their answer", async () => {
    const returnId = await newDraft();
    const { importId } = await createImportPreview(fresh.db, { returnId, fileName: "bnssg.xlsx", bytes: await filled() }, manager);
    await saveAnswer(fresh.db, { returnId, itemKey: "1.1.2", level: 5, evidence: "colleague's", gaps: "", expectedRevision: 0 }, contributor);
    const before = await snapshot(returnId);
    const error = await applyImport(fresh.db, { returnId, importId }, manager).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ConflictError);
    expect((error as ConflictError).reason).toBe("import.stale");
    expect((error as Error).message).toContain("Someone saved 1.1.2 after this preview was made");
    const after = await snapshot(returnId);
    expect(after.answers).toEqual(before.answers);
    expect(after.revisions).toBe(before.revisions);

    const shownAgain = (await preview(returnId, importId, manager))!;
    expect(shownAgain.items.find((change) => change.key === "1.1.2")?.before).toEqual({ level: 5, evidence: "colleague's", gaps: "" });
    // Having seen it, the person may apply over the colleague's answer deliberately.
    await applyImport(fresh.db, { returnId, importId }, manager);
    expect((await getReturn(fresh.db, returnId))!.answers.get("1.1.2")).toMatchObject({ level: 3, revision: 2 });
  });

  it("never imports into a submitted or signed-off return", async () => {
    const returnId = await newDraft();
    const { importId } = await createImportPreview(fresh.db, { returnId, fileName: "bnssg.xlsx", bytes: await filled() }, manager);
    await changeReturnStatus(fresh.db, { returnId, transition: "submit" }, manager);
    const before = await snapshot(returnId);
    await expect(applyImport(fresh.db, { returnId, importId }, manager)).rejects.toBeInstanceOf(ReturnStateError);
    await expect(createImportPreview(fresh.db, { returnId, fileName: "bnssg.xlsx", bytes: await filled() }, manager)).rejects.toBeInstanceOf(ReturnStateError);
    expect(await snapshot(returnId)).toEqual(before);
  });

  it("is for the people who may edit the draft: others are refused, and a preview is its uploader's alone", async () => {
    const returnId = await newDraft();
    const bytes = await filled();
    await expect(createImportPreview(fresh.db, { returnId, fileName: "x.xlsx", bytes }, board)).rejects.toBeInstanceOf(NotFoundError);
    await expect(createImportPreview(fresh.db, { returnId, fileName: "x.xlsx", bytes }, devonManager)).rejects.toBeInstanceOf(NotFoundError);
    const { importId } = await createImportPreview(fresh.db, { returnId, fileName: "x.xlsx", bytes }, manager);
    expect(await preview(returnId, importId, contributor)).toBeNull();
    await expect(applyImport(fresh.db, { returnId, importId }, contributor)).rejects.toBeInstanceOf(NotFoundError);
    await cancelImport(fresh.db, { returnId, importId }, contributor);
    expect(await preview(returnId, importId, manager)).not.toBeNull();
    await cancelImport(fresh.db, { returnId, importId }, manager);
    expect(await preview(returnId, importId, manager)).toBeNull();
    expect((await snapshot(returnId)).answers).toEqual([]);
  });

  it("a contributor imports the items they may edit; items assigned to others and the front sheet are left out, with a problem each", async () => {
    const returnId = await newDraft();
    const other = await createActor(fresh.db, "contributor", world.bnssg);
    await assignItems(fresh.db, { returnId, itemKeys: ["1.1.2"], userIds: [other.id] }, manager);
    const { importId } = await createImportPreview(fresh.db, { returnId, fileName: "x.xlsx", bytes: await filled() }, contributor);
    const shown = (await preview(returnId, importId, contributor))!;
    expect(shown.items.map((change) => change.key)).toEqual(["4.1.2/hospice", "6.2.1"]);
    expect(shown.details).toEqual([]);
    expect(shown.problems.map((problem) => problem.message)).toEqual(expect.arrayContaining([expect.stringContaining("1.1.2 is assigned to someone else"), expect.stringContaining("Only the programme manager")]));
    expect(await applyImport(fresh.db, { returnId, importId }, contributor)).toEqual({ items: 2, details: 0 });
    expect((await getReturn(fresh.db, returnId))!.answers.has("1.1.2")).toBe(false);
  });
});

async function budgetWorkbook(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet("Budget").addRow(["Line", "Amount"]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe("bad files are refused with their message, and nothing is written", () => {
  const cases: [string, () => Promise<Buffer>, WorkbookRefusedError["reason"], string][] = [
    ["a CSV named .xlsx", async () => Buffer.from("No:,Current Status\n1.1.1,Level 3\n"), "notXlsx", "is not an xlsx workbook"],
    ["a file over 10 MB", async () => Buffer.alloc(MAX_WORKBOOK_BYTES + 1, 1), "tooLarge", "is larger than 10 MB"],
    ["a zip bomb", async () => buildZip([...XLSX_PARTS, { name: "xl/worksheets/sheet1.xml", data: Buffer.alloc(110 * 1024 * 1024), declaredSize: 10 }]), "expandsTooFar", "would expand to more than 100 MB"],
    ["an archive of too many parts", async () => buildZip([...XLSX_PARTS, ...Array.from({ length: 2100 }, (_, i) => ({ name: `p/${i}`, data: Buffer.from("x"), method: 0 as const }))]), "tooManyEntries", "holds more than 2000 parts"],
    ["a workbook with no item rows", budgetWorkbook, "noItems", "has no recognisable item rows"],
    ["a workbook on another catalogue", async () => buildHandMadeWorkbook({ renumber: true, answers: { "1.1.2": { level: 3 } } }), "otherCatalogue", "is on another version of the self-assessment tool"],
  ];
  for (const [name, build, reason, message] of cases) {
    it(`refuses ${name}`, async () => {
      const returnId = await newDraft();
      await saveAnswer(fresh.db, { returnId, itemKey: "1.1.1", level: 2, evidence: "mine", gaps: "", expectedRevision: 0 }, manager);
      const before = await snapshot(returnId);
      const error = await createImportPreview(fresh.db, { returnId, fileName: "upload.xlsx", bytes: await build() }, manager).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(WorkbookRefusedError);
      expect(error).toMatchObject({ reason, message: expect.stringContaining(`upload.xlsx ${message}`) });
      expect(await snapshot(returnId)).toEqual(before);
    });
  }
});
