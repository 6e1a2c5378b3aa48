// A refresh starts a new draft from a published self-assessment, answers copied in.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../lib/audit/actor";
import { findBuiltinCatalogue } from "../../lib/catalogue/builtin";
import type { Catalogue } from "../../lib/catalogue/schema";
import { setDefaultCatalogueVersion } from "../../lib/catalogue/set-default-catalogue-version";
import { storeCatalogueVersion } from "../../lib/catalogue/store-catalogue-version";
import { ForbiddenError, NotFoundError, ReturnStateError } from "../../lib/errors";
import { getReturn } from "../../lib/returns/get-return";
import { refreshReturn } from "../../lib/returns/refresh-return";
import { seedReferenceData } from "../../lib/seed/seed-reference-data";
import { freshDb } from "./support/database";
import { createActor, seedWorld } from "./support/organisation-fixtures";
import { createReturnWith } from "./support/return-fixtures";

let fresh: Awaited<ReturnType<typeof freshDb>>;
let world: Awaited<ReturnType<typeof seedWorld>>;
let manager: Actor;
let admin: Actor;
let board: Actor;
let contributor: Actor;
let devonManager: Actor;
let published = "";
let draft = "";

// Every item rated from its ambition (1 to 5, ambition 6 at 0), 4.1.2's services left blank.
const levelOf = (key: string) => (key.startsWith("4.1.2/") ? null : Number(key[0]) % 6);

beforeAll(async () => {
  fresh = await freshDb();
  await seedReferenceData(fresh.db);
  world = await seedWorld(fresh.db);
  manager = await createActor(fresh.db, "programme_manager", world.bnssg);
  admin = await createActor(fresh.db, "administrator", world.bnssg);
  board = await createActor(fresh.db, "board_member", world.bnssg);
  contributor = await createActor(fresh.db, "contributor", world.bnssg);
  devonManager = await createActor(fresh.db, "programme_manager", world.devon);
  published = await createReturnWith(fresh.db, {
    organisationId: world.bnssg.id,
    status: "signed_off",
    title: "BNSSG 2022/23",
    submittedDaysAgo: 100,
    levels: levelOf,
    gaps: (key) => `Gaps for ${key}`,
  });
  draft = await createReturnWith(fresh.db, { organisationId: world.bnssg.id, status: "draft", title: "Draft", submittedDaysAgo: null, levels: () => 3 });
  await fresh.db.returnAnswer.updateMany({ where: { returnId: published }, data: { evidence: "Board minutes", revision: 4 } });
});
afterAll(async () => fresh.cleanup());

describe("refreshReturn", () => {
  it("starts a draft with every level, evidence and gaps copied, based on the source, which does not change", async () => {
    const before = await getReturn(fresh.db, published);
    const { id, copied, notCopied } = await refreshReturn(fresh.db, { sourceId: published, title: "BNSSG 2026/27" }, manager);
    expect([copied, notCopied]).toEqual([65, 0]); // 75 items, 10 services blank
    const refreshed = (await getReturn(fresh.db, id))!;
    expect(refreshed).toMatchObject({ status: "draft", title: "BNSSG 2026/27", catalogueVersionId: "regional-2021", basedOn: { id: published, title: "BNSSG 2022/23" } });
    expect(refreshed.organisation.id).toBe(world.bnssg.id);
    expect(refreshed.answers.get("6.3.1")).toMatchObject({ level: 0, evidence: "Board minutes", gaps: "Gaps for 6.3.1", revision: 1 });
    expect(refreshed.answers.get("2.1.1")?.level).toBe(2);
    expect(refreshed.answers.has("4.1.2/ambulance")).toBe(false);
    expect([...refreshed.answers.values()].every((answer) => answer.updatedByName === "Test programme_manager")).toBe(true);
    expect(await getReturn(fresh.db, published)).toEqual(before);
    // Each copied answer starts the new return's history as its first version.
    expect(await fresh.db.returnAnswerRevision.count({ where: { returnId: id, revision: 1, savedById: manager.id } })).toBe(65);
    const audit = await fresh.db.auditEvent.findFirstOrThrow({ where: { action: "return.create", targetId: id } });
    expect(audit.details).toMatchObject({ basedOn: published, copied: 65 });
  });

  it("starts on today's default version, copying only the items asked in the same words", async () => {
    const reissue = structuredClone(findBuiltinCatalogue("regional-2021")!) as Catalogue;
    reissue.id = "regional-2021-refresh-test";
    reissue.title = "Reissue";
    const node = reissue.ambitions[0]!.sections[0]!.items.find((item) => !("stem" in item) && item.number === "1.1.5");
    if (!node || "stem" in node) throw new Error("1.1.5 not found");
    node.text = "Reworded 1.1.5";
    // Only the spacing changes in 1.1.6: the same question, so its answer is copied.
    const spaced = reissue.ambitions[0]!.sections[0]!.items.find((item) => !("stem" in item) && item.number === "1.1.6");
    if (!spaced || "stem" in spaced) throw new Error("1.1.6 not found");
    spaced.text = spaced.text.replace(/ /g, "  ");
    await storeCatalogueVersion(fresh.db, reissue);
    await setDefaultCatalogueVersion(fresh.db, reissue.id, admin);
    try {
      const { id, copied, notCopied } = await refreshReturn(fresh.db, { sourceId: published, title: "On the reissue" }, manager);
      expect([copied, notCopied]).toEqual([64, 1]);
      const refreshed = (await getReturn(fresh.db, id))!;
      expect(refreshed.catalogueVersionId).toBe(reissue.id);
      expect(refreshed.answers.has("1.1.5")).toBe(false);
      expect(refreshed.answers.get("1.1.6")?.level).toBe(1);
    } finally {
      await setDefaultCatalogueVersion(fresh.db, "regional-2021", admin);
    }
  });

  it("refreshes only a published return, only for whoever may start one for its organisation, and writes nothing otherwise", async () => {
    const count = () => fresh.db.assessmentReturn.count();
    const before = await count();
    await expect(refreshReturn(fresh.db, { sourceId: draft, title: "x" }, manager)).rejects.toBeInstanceOf(ReturnStateError);
    await expect(refreshReturn(fresh.db, { sourceId: published, title: "x" }, board)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(refreshReturn(fresh.db, { sourceId: published, title: "x" }, contributor)).rejects.toBeInstanceOf(ForbiddenError);
    // Another ICB's manager cannot read it, so for them it does not exist.
    await expect(refreshReturn(fresh.db, { sourceId: published, title: "x" }, devonManager)).rejects.toBeInstanceOf(NotFoundError);
    await expect(refreshReturn(fresh.db, { sourceId: "00000000-0000-4000-8000-000000000000", title: "x" }, manager)).rejects.toBeInstanceOf(NotFoundError);
    await expect(refreshReturn(fresh.db, { sourceId: "not-an-id", title: "x" }, manager)).rejects.toBeInstanceOf(NotFoundError);
    expect(await count()).toBe(before);
  });
});
