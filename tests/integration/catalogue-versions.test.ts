// An administrator adds catalogue versions from uploaded files and chooses the default.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../lib/audit/actor";
import { findBuiltinCatalogue } from "../../lib/catalogue/builtin";
import { importCatalogueUpload } from "../../lib/catalogue/import-catalogue-upload";
import { listCatalogueVersions } from "../../lib/catalogue/list-catalogue-versions";
import type { Catalogue } from "../../lib/catalogue/schema";
import { setDefaultCatalogueVersion } from "../../lib/catalogue/set-default-catalogue-version";
import { CatalogueConflictError, CatalogueInvalidError, ForbiddenError, NotFoundError, UnreadableFileError } from "../../lib/errors";
import { createReturn } from "../../lib/returns/create-return";
import { seedReferenceData } from "../../lib/seed/seed-reference-data";
import { freshDb } from "./support/database";
import { createActor, seedWorld } from "./support/organisation-fixtures";

let fresh: Awaited<ReturnType<typeof freshDb>>;
let admin: Actor;
let manager: Actor;
let world: Awaited<ReturnType<typeof seedWorld>>;

function reissue(id: string): Catalogue {
  const copy = structuredClone(findBuiltinCatalogue("regional-2021")!) as Catalogue;
  copy.id = id;
  copy.title = `Reissue ${id}`;
  return copy;
}

const upload = (catalogue: unknown, fileName = "reissue.json") => ({ fileName, text: JSON.stringify(catalogue) });

async function stored() {
  return {
    versions: await fresh.db.catalogueVersion.count(),
    items: await fresh.db.catalogueItem.count(),
    audit: await fresh.db.auditEvent.count({ where: { action: { startsWith: "catalogue." } } }),
  };
}

beforeAll(async () => {
  fresh = await freshDb();
  await seedReferenceData(fresh.db);
  world = await seedWorld(fresh.db);
  admin = await createActor(fresh.db, "administrator", world.bnssg);
  manager = await createActor(fresh.db, "programme_manager", world.bnssg);
});
afterAll(async () => fresh.cleanup());

describe("importCatalogueUpload", () => {
  it("adds a good file as a new, non-default version, audited; the same file again changes nothing", async () => {
    const first = await importCatalogueUpload(fresh.db, upload(reissue("reissue-a")), admin);
    expect(first.result).toBe("created");
    const versions = await listCatalogueVersions(fresh.db);
    expect(versions.find((version) => version.id === "reissue-a")).toMatchObject({ isDefault: false, ratedItems: 75, returns: 0 });
    expect(versions[0]).toMatchObject({ id: "regional-2021", isDefault: true });
    expect(await fresh.db.auditEvent.count({ where: { action: "catalogue.import", targetId: "reissue-a", actorId: admin.id } })).toBe(1);

    const before = await stored();
    expect((await importCatalogueUpload(fresh.db, upload(reissue("reissue-a")), admin)).result).toBe("unchanged");
    expect(await stored()).toEqual(before);
  });

  it("refuses a bad file with every problem by its path in the file, and writes nothing", async () => {
    const bad = reissue("reissue-bad") as unknown as { ambitions: { name: string; sections: { items: unknown[] }[] }[] };
    bad.ambitions[3]!.sections[1]!.items.push({ number: "4.2.1", text: "A second 4.2.1" });
    bad.ambitions[0]!.name = "";
    const before = await stored();
    const error = await importCatalogueUpload(fresh.db, upload(bad, "bad.json"), admin).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(CatalogueInvalidError);
    expect((error as CatalogueInvalidError).source).toBe("bad.json");
    expect((error as CatalogueInvalidError).problems).toEqual(
      expect.arrayContaining([
        { path: "ambitions[0].name", message: "must not be empty" },
        { path: "ambitions[3].sections[1].items[1].number", message: "duplicate 4.2.1" },
      ]),
    );
    expect(await stored()).toEqual(before);
  });

  it("names the file that is not JSON, and refuses new content under a stored id", async () => {
    await expect(importCatalogueUpload(fresh.db, { fileName: "notes.txt", text: "{ not json" }, admin)).rejects.toThrow(
      expect.objectContaining({ constructor: UnreadableFileError, message: expect.stringMatching(/^notes\.txt: is not valid JSON/) }),
    );
    const changed = reissue("reissue-a");
    changed.title = "Something else under the same id";
    const before = await stored();
    await expect(importCatalogueUpload(fresh.db, upload(changed), admin)).rejects.toBeInstanceOf(CatalogueConflictError);
    expect(await stored()).toEqual(before);
  });

  it("is for administrators only", async () => {
    await expect(importCatalogueUpload(fresh.db, upload(reissue("reissue-manager")), manager)).rejects.toBeInstanceOf(ForbiddenError);
    expect(await fresh.db.catalogueVersion.count({ where: { id: "reissue-manager" } })).toBe(0);
  });
});

describe("setDefaultCatalogueVersion", () => {
  it("makes new self-assessments start on the chosen version while started ones keep theirs", async () => {
    const before = await createReturn(fresh.db, { organisationId: world.bnssg.id, title: "Before the switch" }, manager);
    await expect(setDefaultCatalogueVersion(fresh.db, "reissue-a", admin)).resolves.toEqual({ changed: true });
    expect(await fresh.db.catalogueVersion.findMany({ where: { isDefault: true }, select: { id: true } })).toEqual([{ id: "reissue-a" }]);
    const audit = await fresh.db.auditEvent.findFirstOrThrow({ where: { action: "catalogue.set_default", targetId: "reissue-a" } });
    expect(audit.details).toEqual({ previous: "regional-2021" });

    const after = await createReturn(fresh.db, { organisationId: world.bnssg.id, title: "After the switch" }, manager);
    const versionOf = async (id: string) => (await fresh.db.assessmentReturn.findUniqueOrThrow({ where: { id } })).catalogueVersionId;
    expect(await versionOf(before.id)).toBe("regional-2021");
    expect(await versionOf(after.id)).toBe("reissue-a");
    expect((await listCatalogueVersions(fresh.db)).find((version) => version.id === "regional-2021")?.returns).toBe(1);

    await expect(setDefaultCatalogueVersion(fresh.db, "reissue-a", admin)).resolves.toEqual({ changed: false });
    await setDefaultCatalogueVersion(fresh.db, "regional-2021", admin);
  });

  it("refuses an unknown version and anyone but an administrator", async () => {
    await expect(setDefaultCatalogueVersion(fresh.db, "no-such-version", admin)).rejects.toBeInstanceOf(NotFoundError);
    await expect(setDefaultCatalogueVersion(fresh.db, "reissue-a", manager)).rejects.toBeInstanceOf(ForbiddenError);
    expect(await fresh.db.catalogueVersion.findMany({ where: { isDefault: true }, select: { id: true } })).toEqual([{ id: "regional-2021" }]);
  });

  it("leaves exactly one default when two administrators choose at once", async () => {
    await importCatalogueUpload(fresh.db, upload(reissue("reissue-b")), admin);
    await Promise.all([setDefaultCatalogueVersion(fresh.db, "reissue-a", admin), setDefaultCatalogueVersion(fresh.db, "reissue-b", admin)]);
    expect(await fresh.db.catalogueVersion.count({ where: { isDefault: true } })).toBe(1);
    await setDefaultCatalogueVersion(fresh.db, "regional-2021", admin);
  });
});
