import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../lib/audit/actor";
import { findBuiltinCatalogue } from "../../lib/catalogue/builtin";
import { getCatalogueVersion, type CatalogueVersionView } from "../../lib/catalogue/get-catalogue-version";
import type { Catalogue } from "../../lib/catalogue/schema";
import { storeCatalogueVersion } from "../../lib/catalogue/store-catalogue-version";
import { buildItemMatrix } from "../../lib/regions/build-item-matrix";
import { getRegionComparison } from "../../lib/regions/get-region-comparison";
import { listRegionHistory } from "../../lib/regions/list-region-history";
import { summariseRegion } from "../../lib/regions/summarise-region";
import { seedReferenceData } from "../../lib/seed/seed-reference-data";
import bnssg from "../fixtures/bnssg-2022-23.json";
import { freshDb } from "./support/database";
import { createActor, seedWorld } from "./support/organisation-fixtures";
import { createReturnWith } from "./support/return-fixtures";

let fresh: Awaited<ReturnType<typeof freshDb>>;
let world: Awaited<ReturnType<typeof seedWorld>>;
let catalogue: CatalogueVersionView;
let regional: Actor;
let londonLead: Actor;
let bnssgContributor: Actor;
const ids: Record<string, string> = {};

const bnssgLevels = bnssg.levels as Record<string, number | null>;
/** Devon's return: every item at level 2, but every item of ambition 6 at level 4. */
const devonLevels = (key: string) => (key.startsWith("6.") ? 4 : 2);

/** The regional tool with one item of ambition 1 reworded: a reissue, as a region might make. */
function reissuedCatalogue(): Catalogue {
  const copy = structuredClone(findBuiltinCatalogue("regional-2021")!) as Catalogue;
  copy.id = "regional-2021-reissue";
  copy.title = "Regional self-assessment tool (reissued)";
  const node = copy.ambitions[0]!.sections[0]!.items.find((item) => !("stem" in item) && item.number === "1.1.5");
  if (!node || "stem" in node) throw new Error("1.1.5 not found");
  node.text = "The locality records and shares decisions about Cardio-Pulmonary Resuscitation across all care settings";
  return copy;
}

beforeAll(async () => {
  fresh = await freshDb();
  await seedReferenceData(fresh.db);
  world = await seedWorld(fresh.db);
  await storeCatalogueVersion(fresh.db, reissuedCatalogue());
  catalogue = (await getCatalogueVersion(fresh.db))!;
  regional = await createActor(fresh.db, "regional_lead", world.southWest);
  londonLead = await createActor(fresh.db, "regional_lead", world.london);
  bnssgContributor = await createActor(fresh.db, "contributor", world.bnssg);

  const somerset = await fresh.db.organisation.findFirstOrThrow({ where: { kind: "icb", name: "Somerset" } });
  const london = await fresh.db.organisation.findFirstOrThrow({ where: { kind: "icb", regionId: world.london.id } });
  // BNSSG: an old signed-off return, the published 2022/23 one, and a newer draft.
  ids.bnssgOld = await createReturnWith(fresh.db, { organisationId: world.bnssg.id, status: "signed_off", title: "BNSSG 2020", submittedDaysAgo: 800, levels: () => 1 });
  ids.bnssgLatest = await createReturnWith(fresh.db, { organisationId: world.bnssg.id, status: "submitted", title: "BNSSG 2022/23", submittedDaysAgo: 30, levels: (key) => bnssgLevels[key] ?? null });
  ids.bnssgDraft = await createReturnWith(fresh.db, { organisationId: world.bnssg.id, status: "draft", title: "BNSSG 2026 draft", submittedDaysAgo: null, levels: () => 5 });
  // A hospice's return is not its ICB's self-assessment.
  ids.hospice = await createReturnWith(fresh.db, { organisationId: world.hospice.id, status: "submitted", title: "Hospice", submittedDaysAgo: 1, levels: () => 5 });
  ids.devon = await createReturnWith(fresh.db, { organisationId: world.devon.id, status: "signed_off", title: "Devon 2025", submittedDaysAgo: 10, levels: devonLevels });
  // Somerset used the reissued catalogue, all at level 3.
  ids.somerset = await createReturnWith(fresh.db, { organisationId: somerset.id, status: "submitted", title: "Somerset", submittedDaysAgo: 5, levels: () => 3, catalogueVersionId: "regional-2021-reissue" });
  ids.london = await createReturnWith(fresh.db, { organisationId: london.id, status: "submitted", title: "London ICB", submittedDaysAgo: 5, levels: () => 5 });
});
afterAll(async () => fresh.cleanup());

describe("getRegionComparison", () => {
  it("lists every ICB of the region with its latest published return only: no drafts, no providers, no other region", async () => {
    const comparison = (await getRegionComparison(fresh.db, regional, world.southWest.id))!;
    expect(comparison.region.name).toBe("South West");
    expect(comparison.icbs).toHaveLength(7);
    const latest = Object.fromEntries(comparison.icbs.map(({ icb, latest }) => [icb.name, latest?.title ?? null]));
    expect(latest).toMatchObject({
      "Bristol, North Somerset and South Gloucestershire": "BNSSG 2022/23",
      Devon: "Devon 2025",
      Somerset: "Somerset",
      Dorset: null,
    });
    const shown = comparison.icbs.flatMap(({ latest }) => (latest ? [latest.id] : []));
    expect(shown.sort()).toEqual([ids.bnssgLatest, ids.devon, ids.somerset].sort());
    expect(comparison.icbs.map(({ icb }) => icb.name)).toEqual([...comparison.icbs.map(({ icb }) => icb.name)].sort());
  });

  it("scores each return as its own front sheet does: BNSSG's published figures", async () => {
    const comparison = (await getRegionComparison(fresh.db, regional, world.southWest.id))!;
    const bnssgRow = comparison.icbs.find(({ icb }) => icb.id === world.bnssg.id)!;
    const published = Object.entries(bnssg.expected.ambitions).map(([ambition, row]) => [Number(ambition), row[6]]);
    expect(bnssgRow.latest!.score.ambitions.map((ambition) => [ambition.ambition, ambition.level3Plus])).toEqual(published);
    expect(bnssgRow.latest!.score.band).toBe("mostly level 3");
  });

  it("holds only what the asker may read: another region's lead sees no return, a contributor only their own ICB's", async () => {
    const asLondon = (await getRegionComparison(fresh.db, londonLead, world.southWest.id))!;
    expect(asLondon.icbs.every(({ latest }) => latest === null)).toBe(true);
    const asContributor = (await getRegionComparison(fresh.db, bnssgContributor, world.southWest.id))!;
    expect(asContributor.icbs.flatMap(({ latest }) => (latest ? [latest.id] : []))).toEqual([ids.bnssgLatest]);
  });

  it("answers null for an id that is not a region", async () => {
    expect(await getRegionComparison(fresh.db, regional, world.bnssg.id)).toBeNull();
    expect(await getRegionComparison(fresh.db, regional, "00000000-0000-4000-8000-000000000000")).toBeNull();
  });
});

describe("summariseRegion", () => {
  it("pools the returns on the comparison catalogue by adding counts, and leaves out the others, saying how many", async () => {
    const comparison = (await getRegionComparison(fresh.db, regional, world.southWest.id))!;
    const summary = summariseRegion(comparison);
    expect(summary.published).toBe(3);
    expect(summary.otherCatalogue).toBe(1);
    expect(summary.pooled.overall.pooled).toBe(2);
    // BNSSG rated 71 of 75 items, 44 at level 3+; Devon rated all 75, its 4 ambition-6 items at 4.
    const bnssgScore = comparison.icbs.find(({ icb }) => icb.id === world.bnssg.id)!.latest!.score;
    const bnssg3Plus = bnssgScore.overall.counts[3] + bnssgScore.overall.counts[4] + bnssgScore.overall.counts[5];
    expect(summary.pooled.overall.items).toBe(150);
    expect(bnssg3Plus).toBe(44);
    expect(summary.pooled.overall.level3Plus).toBe(32); // (44 + 4) / 150
    // Ambition 6 alone: BNSSG's 4 items (1 at 3+) and Devon's 4 (all at 4): 5 of 8.
    expect(summary.pooled.ambitions.get(6)).toMatchObject({ items: 8, level3Plus: 62.5 });
    const devon = summary.icbs.find(({ icb }) => icb.id === world.devon.id)!;
    expect(devon.level3Plus.get(6)).toBe(100);
    expect(devon.level3Plus.get(1)).toBe(0);
    expect(devon.band).toBe("between levels 0 and 2");
    expect(summary.icbs.find(({ icb }) => icb.name === "Dorset")).toMatchObject({ latest: null, overall: null, completeness: null });
  });

  it("says how many items each ICB's return rates, per ambition and overall, without changing its figures", async () => {
    const summary = summariseRegion((await getRegionComparison(fresh.db, regional, world.southWest.id))!);
    const bnssg = summary.icbs.find(({ icb }) => icb.id === world.bnssg.id)!;
    // BNSSG 2022/23 left 1.1.1, 1.1.3, 4.4.1 and 4.4.4 blank; its figures stay out of all 75.
    expect(bnssg.completeness!.overall).toEqual({ items: 75, rated: 71, notRated: 4, complete: false });
    expect(bnssg.completeness!.ambitions.map((ambition) => ambition.notRated)).toEqual([2, 0, 0, 2, 0, 0]);
    expect(bnssg.overall!.items).toBe(75);
    const devon = summary.icbs.find(({ icb }) => icb.id === world.devon.id)!;
    expect(devon.completeness!.complete).toBe(true);
  });
});

describe("buildItemMatrix", () => {
  it("shows each ICB's level per item, counts ICBs at 3+, and refuses to compare an item reworded in another version", async () => {
    const comparison = (await getRegionComparison(fresh.db, regional, world.southWest.id))!;
    const matrix = buildItemMatrix(comparison, 1)!;
    const column = (name: string) => matrix.icbs.findIndex((icb) => icb.name === name);
    const items = matrix.sections.flatMap((section) => section.items);
    expect(items).toHaveLength(19);
    const item = (number: string) => items.find((entry) => entry.number === number)!;

    expect(item("1.1.2").cells[column("Bristol, North Somerset and South Gloucestershire")]).toEqual({ kind: "level", level: bnssgLevels["1.1.2"] });
    expect(item("1.1.1").cells[column("Bristol, North Somerset and South Gloucestershire")]).toEqual({ kind: "not-rated" });
    expect(item("1.1.2").cells[column("Devon")]).toEqual({ kind: "level", level: 2 });
    expect(item("1.1.2").cells[column("Somerset")]).toEqual({ kind: "level", level: 3 });
    expect(item("1.1.5").cells[column("Somerset")]).toEqual({ kind: "not-comparable" });
    // Only ICBs with a published return get a column; the rest are named.
    expect(matrix.icbs.map((icb) => icb.name).sort()).toEqual(["Bristol, North Somerset and South Gloucestershire", "Devon", "Somerset"]);
    expect(matrix.withoutReturn.map((icb) => icb.name)).toContain("Dorset");
    expect(matrix.withoutReturn).toHaveLength(4);

    // 1.1.2: BNSSG's level, Devon 2, Somerset 3.
    const bnssg112 = bnssgLevels["1.1.2"]!;
    expect(item("1.1.2")).toMatchObject({ rated: 3, atLevel3Plus: 1 + (bnssg112 >= 3 ? 1 : 0) });
    // 1.1.5 is not comparable for Somerset, so only two ICBs count.
    expect(item("1.1.5").rated).toBe(2);
    // How much of ambition 1 each ICB rated, and of its whole return.
    expect(matrix.completeness[column("Bristol, North Somerset and South Gloucestershire")]).toEqual({ rated: 17, items: 19, notRatedOverall: 4, itemsOverall: 75 });
    expect(matrix.completeness[column("Devon")]).toEqual({ rated: 19, items: 19, notRatedOverall: 0, itemsOverall: 75 });
  });

  it("lists 4.1.2's services under their stem, and answers null for an ambition the catalogue lacks", async () => {
    const comparison = (await getRegionComparison(fresh.db, regional, world.southWest.id))!;
    const services = buildItemMatrix(comparison, 4)!.sections.flatMap((section) => section.items).filter((entry) => entry.key.startsWith("4.1.2/"));
    expect(services).toHaveLength(10);
    expect(services[0]).toMatchObject({ key: "4.1.2/ambulance", text: "Ambulance Service" });
    expect(services[0]!.stem).toContain("EPaCCS information is being shared");
    expect(buildItemMatrix(comparison, 7)).toBeNull();
  });

  it("agrees with the scoring library on every ICB's ambition totals", async () => {
    const comparison = (await getRegionComparison(fresh.db, regional, world.southWest.id))!;
    for (const number of [1, 2, 3, 4, 5, 6]) {
      const matrix = buildItemMatrix(comparison, number)!;
      const items = matrix.sections.flatMap((section) => section.items);
      matrix.icbs.forEach((icb, index) => {
        const latest = comparison.icbs.find((entry) => entry.icb.id === icb.id)!.latest!;
        if (latest.catalogueVersionId !== catalogue.id) return;
        const atLeast3 = items.filter((entry) => entry.cells[index]!.kind === "level" && (entry.cells[index] as { level: number }).level >= 3).length;
        const score = latest.score.ambitions.find((ambition) => ambition.ambition === number)!;
        expect(atLeast3).toBe(score.counts[3] + score.counts[4] + score.counts[5]);
      });
    }
  });
});

describe("listRegionHistory", () => {
  it("gives each ICB's overall figure and items rated at every published return, oldest first: no drafts, no providers, no other region", async () => {
    const comparison = (await getRegionComparison(fresh.db, regional, world.southWest.id))!;
    const history = await listRegionHistory(fresh.db, regional, world.southWest.id, comparison.icbs.map(({ icb }) => icb));
    const lines = Object.fromEntries(history.map(({ icb, points }) => [icb.name, points.map((point) => [point.title, point.rated, point.items, point.level3Plus])]));
    expect(lines).toEqual({
      // 2020: every item at level 1; 2022/23: 71 of 75 rated, 44 at level 3 and above (58.7%).
      "Bristol, North Somerset and South Gloucestershire": [
        ["BNSSG 2020", 75, 75, 0],
        ["BNSSG 2022/23", 71, 75, 58.7],
      ],
      Devon: [["Devon 2025", 75, 75, 5.3]],
      Somerset: [["Somerset", 75, 75, 100]],
    });
    // Nobody outside the region's readers sees it: the London lead reads none of these returns.
    expect(await listRegionHistory(fresh.db, londonLead, world.southWest.id, comparison.icbs.map(({ icb }) => icb))).toEqual([]);
  });
});
