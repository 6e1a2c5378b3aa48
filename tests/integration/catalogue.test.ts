import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { builtinCatalogues, findBuiltinCatalogue } from "../../lib/catalogue/builtin";
import { getCatalogueVersion } from "../../lib/catalogue/get-catalogue-version";
import { importCatalogueFile } from "../../lib/catalogue/import-catalogue-file";
import { listCatalogueVersions } from "../../lib/catalogue/list-catalogue-versions";
import { flattenRatedItems, type Catalogue } from "../../lib/catalogue/schema";
import { storeCatalogueVersion } from "../../lib/catalogue/store-catalogue-version";
import { CatalogueConflictError, CatalogueInvalidError } from "../../lib/errors";
import { seedReferenceData } from "../../lib/seed/seed-reference-data";
import { PROJECT_ROOT } from "../../scripts/db/migrations";
import { freshDb } from "./support/database";

const regional = findBuiltinCatalogue("regional-2021")!;
const dir = mkdtempSync(path.join(os.tmpdir(), "ambitions-catalogue-"));

function writeCatalogue(name: string, content: unknown): string {
  const file = path.join(dir, name);
  writeFileSync(file, typeof content === "string" ? content : JSON.stringify(content, null, 2));
  return file;
}

/** A second version: the regional tool with one item reworded, as a region might reissue it. */
function revisedCatalogue(): Catalogue {
  const copy = structuredClone(regional) as Catalogue;
  copy.id = "regional-2021-rev1";
  copy.title = "Regional self-assessment tool (2021, revision 1)";
  const section = copy.ambitions[0]!.sections[0]!;
  const node = section.items.find((item) => !("stem" in item) && item.number === "1.1.5");
  if (!node || "stem" in node) throw new Error("1.1.5 not found");
  node.text = "The locality records and shares decisions about Cardio-Pulmonary Resuscitation across all care settings";
  return copy;
}

async function counts(db: Awaited<ReturnType<typeof freshDb>>["db"]) {
  return {
    versions: await db.catalogueVersion.count(),
    ambitions: await db.ambition.count(),
    sections: await db.catalogueSection.count(),
    items: await db.catalogueItem.count(),
    levels: await db.levelDescriptor.count(),
    foundations: await db.foundation.count(),
  };
}

describe("catalogue versions in PostgreSQL", () => {
  let fresh: Awaited<ReturnType<typeof freshDb>>;
  beforeAll(async () => {
    fresh = await freshDb();
    await seedReferenceData(fresh.db);
  });
  afterAll(async () => fresh.cleanup());

  it("stores the regional tool in full: sections, items in order with exact wording, stems, levels, foundations", async () => {
    const view = await getCatalogueVersion(fresh.db);
    expect(view?.id).toBe("regional-2021");
    expect(view?.isDefault).toBe(true);
    expect(view?.ambitions.map((ambition) => ambition.ratedItems)).toEqual([19, 6, 16, 23, 7, 4]);
    expect(view?.levels.map((level) => level.descriptor)).toEqual(regional.levels.map((level) => level.descriptor));
    expect(view?.foundations).toHaveLength(8);

    // Every rated item comes back in catalogue order with the file's exact wording.
    const stored = view!.ambitions.flatMap((ambition) =>
      ambition.sections.flatMap((section) => section.nodes.flatMap((node) => (node.kind === "stem" ? node.children : [node]))),
    );
    expect(stored.map((item) => [item.key, item.text])).toEqual(flattenRatedItems(regional).map((item) => [item.id, item.text]));

    const section11 = view!.ambitions[0]!.sections[0]!;
    expect(`${section11.number} ${section11.title}`).toBe("1.1 Honest conversations");
    expect(section11.nodes.find((node) => node.key === "1.1.5")?.text).toBe(
      "The locality records and communicates decisions around Cardio-Pulmonary Resuscitation that is consistent across all care settings",
    );
    const epaccs = view!.ambitions[3]!.sections[0]!.nodes.find((node) => node.key === "4.1.2");
    expect(epaccs?.kind).toBe("stem");
    expect(epaccs?.kind === "stem" && epaccs.children.map((child) => child.key)).toEqual([
      "4.1.2/ambulance",
      "4.1.2/out-of-hours",
      "4.1.2/nhs-111",
      "4.1.2/specialist-palliative-care",
      "4.1.2/primary-care",
      "4.1.2/community-teams",
      "4.1.2/hospitals",
      "4.1.2/care-homes",
      "4.1.2/hospice",
      "4.1.2/social-care",
    ]);
    expect(await fresh.db.catalogueItem.count({ where: { kind: "stem", catalogueVersionId: "regional-2021" } })).toBe(6);
  });

  it("is idempotent: storing the same content again writes nothing", async () => {
    const before = await counts(fresh.db);
    expect(await storeCatalogueVersion(fresh.db, regional, { isDefault: true })).toBe("unchanged");
    await seedReferenceData(fresh.db);
    expect(await counts(fresh.db)).toEqual(before);
  });

  it("refuses different content under a stored id: a catalogue is never edited in place", async () => {
    const changed = { ...revisedCatalogue(), id: "regional-2021" };
    const before = await counts(fresh.db);
    await expect(storeCatalogueVersion(fresh.db, changed)).rejects.toBeInstanceOf(CatalogueConflictError);
    expect(await counts(fresh.db)).toEqual(before);
  });

  it("imports another version from a file, alongside the default", async () => {
    const file = writeCatalogue("rev1.json", revisedCatalogue());
    const { result } = await importCatalogueFile(fresh.db, file);
    expect(result).toBe("created");
    const versions = await listCatalogueVersions(fresh.db);
    expect(versions.map((version) => [version.id, version.isDefault, version.ratedItems])).toEqual([
      ["regional-2021", true, 75],
      ["regional-2021-rev1", false, 75],
    ]);
    const rev1 = await getCatalogueVersion(fresh.db, "regional-2021-rev1");
    expect(rev1?.ambitions[0]?.sections[0]?.nodes.find((node) => node.key === "1.1.5")?.text).toMatch(/records and shares/);
    // The default version is untouched.
    const original = await getCatalogueVersion(fresh.db, "regional-2021");
    expect(original?.ambitions[0]?.sections[0]?.nodes.find((node) => node.key === "1.1.5")?.text).toMatch(/records and communicates/);
  });

  it("refuses a bad file with every problem listed by its path, and writes nothing", async () => {
    const bad = structuredClone(revisedCatalogue()) as Catalogue & Record<string, unknown>;
    bad.id = "broken-version";
    bad.ambitions[3]!.sections[1]!.items.push({ number: "4.2.1", text: "A second 4.2.1" });
    bad.ambitions[0]!.name = "";
    const file = writeCatalogue("bad.json", bad);
    const before = await counts(fresh.db);
    const error = await importCatalogueFile(fresh.db, file).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(CatalogueInvalidError);
    expect((error as CatalogueInvalidError).problems).toEqual(
      expect.arrayContaining([
        { path: "ambitions[0].name", message: "must not be empty" },
        { path: "ambitions[3].sections[1].items[1].number", message: "duplicate 4.2.1" },
      ]),
    );
    expect((error as Error).message).toContain(file);
    expect(await counts(fresh.db)).toEqual(before);
  });

  it("explains a file that is not JSON, or missing", async () => {
    await expect(importCatalogueFile(fresh.db, writeCatalogue("broken.json", "{ not json"))).rejects.toThrow(/broken\.json: is not valid JSON/);
    await expect(importCatalogueFile(fresh.db, path.join(dir, "missing.json"))).rejects.toThrow(/missing\.json: no such file\./);
  });

  it("lets two instances seed at the same moment without a duplicate or an error", async () => {
    const other = await freshDb();
    try {
      const results = await Promise.all([
        storeCatalogueVersion(other.db, builtinCatalogues[0]!, { isDefault: true }),
        storeCatalogueVersion(other.db, builtinCatalogues[0]!, { isDefault: true }),
      ]);
      expect(results.sort()).toEqual(["created", "unchanged"]);
      expect(await other.db.catalogueVersion.count()).toBe(1);
    } finally {
      await other.cleanup();
    }
  });
});

describe("npm run ambitions -- catalogue", () => {
  let fresh: Awaited<ReturnType<typeof freshDb>>;
  beforeAll(async () => {
    fresh = await freshDb();
  });
  afterAll(async () => fresh.cleanup());

  const run = (...args: string[]) =>
    spawnSync(process.execPath, ["--import", "tsx", "scripts/ambitions.ts", "catalogue", ...args], {
      cwd: PROJECT_ROOT,
      encoding: "utf8",
      env: { ...process.env, DATABASE_URL: fresh.url },
    });

  it("lists, shows and imports versions; show --json gives back an importable file", () => {
    const list = run("list", "--json");
    expect(list.status).toBe(0);
    expect(JSON.parse(list.stdout).map((version: { id: string }) => version.id)).toEqual(["regional-2021"]);

    const show = run("show", "regional-2021", "--json");
    expect(show.status).toBe(0);
    const document = JSON.parse(show.stdout) as Catalogue;
    expect(flattenRatedItems(document)).toEqual(flattenRatedItems(regional));

    const file = writeCatalogue("from-show.json", { ...document, id: "regional-2021-copy", title: "A copy" });
    const imported = run("import", file);
    expect(imported.status).toBe(0);
    expect(imported.stdout).toContain("Imported catalogue version regional-2021-copy");
    expect(run("list").stdout).toMatch(/regional-2021-copy {2}A copy {2}75 rated items/);

    const outline = run("show");
    expect(outline.stdout).toContain("1.1.5  The locality records and communicates decisions");
    expect(outline.stdout).toMatch(/EPaCCS information is being shared with the following services: {2}\[stem, not rated\]/);
  });

  it("exits non-zero with every problem listed and no stack trace for a bad file", () => {
    const bad = structuredClone(regional) as Catalogue;
    bad.id = "another";
    bad.ambitions[3]!.sections[1]!.items.push({ number: "4.2.1", text: "Again" });
    const result = run("import", writeCatalogue("bad-cli.json", bad));
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain("ambitions[3].sections[1].items[1].number: duplicate 4.2.1");
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(JSON.parse(run("list", "--json").stdout).map((version: { id: string }) => version.id)).not.toContain("another");
  });

  it("says which version is unknown", () => {
    const result = run("show", "no-such-version");
    expect(result.status).not.toBe(0);
    expect(result.stderr.trim()).toBe('No catalogue version "no-such-version": see "ambitions catalogue list".');
  });
});
