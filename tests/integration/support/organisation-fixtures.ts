// People and places for the organisation and invitation tests: the seeded regions and ICBs,
// and users with one membership each, created straight in the database.
import { randomUUID } from "node:crypto";
import type { Actor } from "../../../lib/audit/actor";
import type { Role } from "../../../lib/policy/roles";
import type { Db } from "../../../lib/db/create-client";
import { referenceKey } from "../../../lib/organisations/reference-key";
import { seedOrganisations } from "../../../lib/organisations/seed-organisations";
import { toOrgRef } from "../../../lib/organisations/to-org-ref";

export const BNSSG = "Bristol, North Somerset and South Gloucestershire";
export const DEVON = "Devon";
export const SOUTH_WEST = "South West";

export async function seedWorld(db: Db) {
  await seedOrganisations(db);
  const byKey = async (key: string) => db.organisation.findUniqueOrThrow({ where: { referenceKey: key } });
  const southWest = await byKey(referenceKey("region", SOUTH_WEST));
  const london = await byKey(referenceKey("region", "London"));
  const bnssg = await byKey(referenceKey("icb", BNSSG));
  const devon = await byKey(referenceKey("icb", DEVON));
  const place = await db.organisation.create({
    data: { kind: "place", name: "Bristol", regionId: southWest.id, icbId: bnssg.id },
  });
  const hospice = await db.organisation.create({
    data: { kind: "provider", providerType: "hospice", name: "St Peter's Hospice", regionId: southWest.id, icbId: bnssg.id },
  });
  const devonProvider = await db.organisation.create({
    data: { kind: "provider", providerType: "nhs_trust", name: "Royal Devon", regionId: southWest.id, icbId: devon.id },
  });
  return { southWest, london, bnssg, devon, place, hospice, devonProvider };
}

/** A user holding `role` on `organisation`, as the policy and the audit log see them. */
export async function createActor(db: Db, role: Role, organisation: { id: string; kind: "region" | "icb" | "place" | "provider"; regionId: string | null; icbId: string | null }): Promise<Actor> {
  const email = `${role}.${randomUUID().slice(0, 8)}@example.nhs.uk`;
  const user = await db.user.create({ data: { email, name: `Test ${role}` } });
  await db.membership.create({ data: { userId: user.id, organisationId: organisation.id, role } });
  return { id: user.id, email, memberships: [{ role, organisation: toOrgRef(organisation) }] };
}
