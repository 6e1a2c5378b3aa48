import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { can, type OrgRef } from "../../lib/policy/policy";
import type { Actor } from "../../lib/audit/actor";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "../../lib/errors";
import { buildScopeFilter } from "../../lib/organisations/build-scope-filter";
import { createOrganisation } from "../../lib/organisations/create-organisation";
import { getOrganisation } from "../../lib/organisations/get-organisation";
import { listOrganisations } from "../../lib/organisations/list-organisations";
import { renameOrganisation } from "../../lib/organisations/rename-organisation";
import { seedOrganisations } from "../../lib/organisations/seed-organisations";
import { toOrgRef } from "../../lib/organisations/to-org-ref";
import { createActor, seedWorld } from "./support/organisation-fixtures";
import { freshDb } from "./support/database";

let fresh: Awaited<ReturnType<typeof freshDb>>;
let world: Awaited<ReturnType<typeof seedWorld>>;
let admin: Actor;
let programmeManager: Actor;
let contributor: Actor;

beforeAll(async () => {
  fresh = await freshDb();
  world = await seedWorld(fresh.db);
  admin = await createActor(fresh.db, "administrator", world.london);
  programmeManager = await createActor(fresh.db, "programme_manager", world.bnssg);
  contributor = await createActor(fresh.db, "contributor", world.bnssg);
});
afterAll(async () => fresh.cleanup());

async function auditsFor(targetId: string) {
  return fresh.db.auditEvent.findMany({ where: { targetId }, orderBy: { id: "asc" } });
}

describe("createOrganisation", () => {
  it("adds a place within an ICB, placed by region and ICB, and audits it", async () => {
    const { id } = await createOrganisation(fresh.db, { kind: "place", parentId: world.bnssg.id, name: "South Gloucestershire" }, admin);
    const stored = await fresh.db.organisation.findUniqueOrThrow({ where: { id } });
    expect(stored).toMatchObject({ kind: "place", name: "South Gloucestershire", regionId: world.southWest.id, icbId: world.bnssg.id, providerType: null });
    const [audit] = await auditsFor(id);
    expect(audit).toMatchObject({ action: "organisation.create", outcome: "success", actorId: admin.id, actorEmail: admin.email, targetType: "organisation" });
    expect(audit?.details).toMatchObject({ kind: "place", name: "South Gloucestershire", parentId: world.bnssg.id });
  });

  it("adds a provider with its provider type", async () => {
    const { id } = await createOrganisation(
      fresh.db,
      { kind: "provider", parentId: world.bnssg.id, name: "North Bristol NHS Trust", providerType: "nhs_trust" },
      admin,
    );
    expect(await fresh.db.organisation.findUniqueOrThrow({ where: { id } })).toMatchObject({ kind: "provider", providerType: "nhs_trust" });
  });

  it("adds an ICB to a region, as its own ICB", async () => {
    const { id } = await createOrganisation(fresh.db, { kind: "icb", parentId: world.southWest.id, name: "New South West ICB" }, admin);
    const stored = await fresh.db.organisation.findUniqueOrThrow({ where: { id } });
    expect(stored).toMatchObject({ kind: "icb", regionId: world.southWest.id, icbId: id });
    expect(can(admin, "organisation.manage", { type: "organisation", organisation: toOrgRef(stored) })).toBe(true);
  });

  it("refuses a name already used under the same parent, ignoring case and spacing, places and providers alike", async () => {
    for (const name of ["bristol", "BRISTOL", "St Peter's  Hospice"]) {
      await expect(createOrganisation(fresh.db, { kind: "place", parentId: world.bnssg.id, name }, admin)).rejects.toBeInstanceOf(ConflictError);
    }
    await expect(
      createOrganisation(fresh.db, { kind: "provider", parentId: world.bnssg.id, name: "Bristol", providerType: "other" }, admin),
    ).rejects.toMatchObject({ reason: "organisation.duplicateName" });
    await expect(createOrganisation(fresh.db, { kind: "icb", parentId: world.southWest.id, name: "devon" }, admin)).rejects.toBeInstanceOf(
      ConflictError,
    );
    expect(await fresh.db.organisation.count({ where: { name: { equals: "bristol", mode: "insensitive" } } })).toBe(1);
  });

  it("allows the same name under a different parent", async () => {
    const { id } = await createOrganisation(fresh.db, { kind: "place", parentId: world.devon.id, name: "Bristol" }, admin);
    expect(id).toBeTruthy();
  });

  it("lets exactly one of two simultaneous adds of the same name through", async () => {
    const results = await Promise.allSettled(
      [1, 2].map(() => createOrganisation(fresh.db, { kind: "place", parentId: world.bnssg.id, name: "Weston-super-Mare" }, admin)),
    );
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    expect(results.filter((result) => result.status === "rejected").map((result) => (result as PromiseRejectedResult).reason)).toEqual([
      expect.any(ConflictError),
    ]);
  });

  it("puts ICBs only under regions and places and providers only under ICBs", async () => {
    await expect(createOrganisation(fresh.db, { kind: "place", parentId: world.southWest.id, name: "Somewhere" }, admin)).rejects.toBeInstanceOf(
      ValidationError,
    );
    await expect(createOrganisation(fresh.db, { kind: "icb", parentId: world.bnssg.id, name: "Nested ICB" }, admin)).rejects.toBeInstanceOf(
      ValidationError,
    );
    await expect(createOrganisation(fresh.db, { kind: "place", parentId: world.place.id, name: "Under a place" }, admin)).rejects.toBeInstanceOf(
      ValidationError,
    );
  });

  it("refuses everybody but an administrator, writing nothing", async () => {
    const before = await fresh.db.organisation.count();
    for (const actor of [programmeManager, contributor]) {
      await expect(createOrganisation(fresh.db, { kind: "place", parentId: world.bnssg.id, name: "Sneaky place" }, actor)).rejects.toBeInstanceOf(
        ForbiddenError,
      );
    }
    expect(await fresh.db.organisation.count()).toBe(before);
    expect(await fresh.db.auditEvent.count({ where: { action: "organisation.create", actorId: { in: [programmeManager.id, contributor.id] } } })).toBe(0);
  });

  it("answers not found for a parent that does not exist", async () => {
    await expect(
      createOrganisation(fresh.db, { kind: "place", parentId: "00000000-0000-4000-8000-000000000000", name: "Nowhere" }, admin),
    ).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("renameOrganisation", () => {
  it("renames and audits the old and new names", async () => {
    const result = await renameOrganisation(fresh.db, { organisationId: world.hospice.id, name: "St Peter's Hospice Bristol" }, admin);
    expect(result).toEqual({ changed: true });
    expect((await getOrganisation(fresh.db, world.hospice.id))?.name).toBe("St Peter's Hospice Bristol");
    const audits = await fresh.db.auditEvent.findMany({ where: { action: "organisation.rename", targetId: world.hospice.id } });
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({ outcome: "success", actorId: admin.id, targetType: "organisation" });
    expect(audits[0]?.details).toEqual({ from: "St Peter's Hospice", to: "St Peter's Hospice Bristol" });
  });

  it("renames seeded regions and ICBs too (seeding later keeps the new name)", async () => {
    await renameOrganisation(fresh.db, { organisationId: world.devon.id, name: "NHS Devon" }, admin);
    await seedOrganisations(fresh.db);
    expect((await getOrganisation(fresh.db, world.devon.id))?.name).toBe("NHS Devon");
  });

  it("refuses a sibling's name, but allows changing only the case of its own", async () => {
    await expect(renameOrganisation(fresh.db, { organisationId: world.place.id, name: "st peter's hospice bristol" }, admin)).rejects.toMatchObject({
      reason: "organisation.duplicateName",
    });
    await expect(renameOrganisation(fresh.db, { organisationId: world.place.id, name: "BRISTOL" }, admin)).resolves.toEqual({ changed: true });
    await expect(renameOrganisation(fresh.db, { organisationId: world.southWest.id, name: "london" }, admin)).rejects.toBeInstanceOf(ConflictError);
  });

  it("records nothing when the name does not change", async () => {
    const before = await fresh.db.auditEvent.count();
    expect(await renameOrganisation(fresh.db, { organisationId: world.bnssg.id, name: world.bnssg.name }, admin)).toEqual({ changed: false });
    expect(await fresh.db.auditEvent.count()).toBe(before);
  });

  it("refuses programme managers and contributors, even in their own ICB, and another ICB's organisations", async () => {
    for (const actor of [programmeManager, contributor]) {
      for (const target of [world.bnssg, world.place, world.devonProvider]) {
        await expect(renameOrganisation(fresh.db, { organisationId: target.id, name: "Hijacked" }, actor)).rejects.toBeInstanceOf(ForbiddenError);
      }
    }
    expect(await fresh.db.organisation.count({ where: { name: "Hijacked" } })).toBe(0);
  });
});

describe("listing with the permission in the query", () => {
  async function idsInScope(actor: Actor, allows: (organisation: OrgRef) => boolean): Promise<string[]> {
    const regions = await listOrganisations(fresh.db, buildScopeFilter(actor, allows).where);
    return regions.flatMap((region) => [
      ...(region.inScope ? [region.id] : []),
      ...region.icbs.flatMap((icb) => [...(icb.inScope ? [icb.id] : []), ...icb.children.map((child) => child.id)]),
    ]);
  }

  it("agrees with can() on every stored organisation, for every kind of user", async () => {
    const all = (await fresh.db.organisation.findMany({ select: { id: true, kind: true, regionId: true, icbId: true } })).map(toOrgRef);
    const actors = [
      admin,
      programmeManager,
      contributor,
      await createActor(fresh.db, "programme_manager", world.place),
      await createActor(fresh.db, "board_member", world.devon),
      await createActor(fresh.db, "regional_lead", world.southWest),
    ];
    for (const actor of actors) {
      for (const action of ["organisation.manage", "dashboard.read", "return.create"] as const) {
        const allows = (organisation: OrgRef) => can(actor, action, { type: "organisation", organisation });
        const listed = await idsInScope(actor, allows);
        expect(new Set(listed), `${actor.email} ${action}`).toEqual(new Set(all.filter(allows).map((organisation) => organisation.id)));
      }
    }
  });

  it("gives an administrator every region, ICB, place and provider, sorted by name at each level", async () => {
    const regions = await listOrganisations(fresh.db, buildScopeFilter(admin, (organisation) => can(admin, "organisation.manage", { type: "organisation", organisation })).where);
    expect(regions).toHaveLength(7);
    expect(regions.map((region) => region.name)).toEqual([...regions.map((region) => region.name)].sort((a, b) => a.localeCompare(b, "en-GB")));
    expect(regions.reduce((count, region) => count + region.icbs.length, 0)).toBe(43); // 42 seeded + 1 added above
    const bnssg = regions.flatMap((region) => region.icbs).find((icb) => icb.id === world.bnssg.id);
    expect(bnssg?.children.map((child) => child.name)).toEqual([
      "BRISTOL",
      "North Bristol NHS Trust",
      "South Gloucestershire",
      "St Peter's Hospice Bristol",
      "Weston-super-Mare",
    ]);
  });

  it("shows the region and ICB above a programme manager's own place without putting them in scope", async () => {
    const manager = await createActor(fresh.db, "programme_manager", world.place);
    const regions = await listOrganisations(
      fresh.db,
      buildScopeFilter(manager, (organisation) => can(manager, "dashboard.read", { type: "organisation", organisation })).where,
    );
    expect(regions).toEqual([
      {
        id: world.southWest.id,
        name: world.southWest.name,
        inScope: false,
        icbs: [{ id: world.bnssg.id, name: world.bnssg.name, inScope: false, children: [expect.objectContaining({ id: world.place.id, inScope: true })] }],
      },
    ]);
  });
});
