import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedReferenceData } from "../../lib/seed/seed-reference-data";
import { listDefaultAmbitions } from "../../lib/catalogue/list-default-ambitions";
import { freshDb } from "./support/database";

describe("seedReferenceData", () => {
  let fresh: Awaited<ReturnType<typeof freshDb>>;
  beforeAll(async () => {
    fresh = await freshDb();
  });
  afterAll(async () => fresh.cleanup());

  async function snapshot() {
    const versions = await fresh.db.catalogueVersion.findMany({ orderBy: { id: "asc" } });
    const ambitions = await fresh.db.ambition.findMany({ orderBy: [{ catalogueVersionId: "asc" }, { number: "asc" }] });
    return { versions, ambitions };
  }

  it("seeds the six ambitions of the default catalogue", async () => {
    await seedReferenceData(fresh.db);
    const data = await listDefaultAmbitions(fresh.db);
    expect(data?.catalogue.id).toBe("regional-2021");
    expect(data?.ambitions.map((a) => a.name)).toEqual([
      "Each person is seen as an individual",
      "Each person gets fair access to care",
      "Maximising comfort and wellbeing",
      "Care is coordinated",
      "All staff are prepared to care",
      "Each community is prepared to help",
    ]);
    expect(data?.ambitions[0]?.statement).toMatch(/^I, and the people important to me, have opportunities/);
  });

  it("gives exactly the same rows when run again", async () => {
    const first = await snapshot();
    await seedReferenceData(fresh.db);
    await seedReferenceData(fresh.db);
    expect(await snapshot()).toEqual(first);
  });
});

describe("seedOrganisations", () => {
  let fresh: Awaited<ReturnType<typeof freshDb>>;
  beforeAll(async () => {
    fresh = await freshDb();
  });
  afterAll(async () => fresh.cleanup());

  it("seeds the 7 regions and 42 ICBs, each ICB inside its region, idempotently and keeping renames", async () => {
    await seedReferenceData(fresh.db);
    const regions = await fresh.db.organisation.findMany({ where: { kind: "region" }, include: { regionMembers: { where: { kind: "icb" } } } });
    expect(regions).toHaveLength(7);
    expect(Object.fromEntries(regions.map((region) => [region.name, region.regionMembers.length]))).toEqual({
      "North East and Yorkshire": 4,
      "North West": 3,
      Midlands: 11,
      "East of England": 6,
      London: 5,
      "South East": 6,
      "South West": 7,
    });
    const bnssg = await fresh.db.organisation.findFirstOrThrow({ where: { name: "Bristol, North Somerset and South Gloucestershire" } });
    expect(bnssg.icbId).toBe(bnssg.id);
    expect(regions.find((region) => region.id === bnssg.regionId)?.name).toBe("South West");

    await fresh.db.organisation.update({ where: { id: bnssg.id }, data: { name: "BNSSG (renamed)" } });
    await seedReferenceData(fresh.db);
    expect(await fresh.db.organisation.count()).toBe(49);
    expect((await fresh.db.organisation.findUniqueOrThrow({ where: { id: bnssg.id } })).name).toBe("BNSSG (renamed)");
  });
});
