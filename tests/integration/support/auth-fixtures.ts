// Users for the authentication tests, made directly in the database.
import type { Db } from "../../../lib/db/create-client";
import type { Role } from "../../../lib/policy/roles";
import { hashPassword } from "../../../lib/auth/hash-password";
import { referenceKey } from "../../../lib/organisations/reference-key";
import { seedOrganisations } from "../../../lib/organisations/seed-organisations";

export const TEST_PASSWORD = "a perfectly good password";

let passwordHash: Promise<string> | undefined;

/** The reference regions and ICBs, and the id of the BNSSG ICB. */
export async function seedBnssg(db: Db): Promise<{ icbId: string; regionId: string }> {
  await seedOrganisations(db);
  const icb = await db.organisation.findUniqueOrThrow({
    where: { referenceKey: referenceKey("icb", "Bristol, North Somerset and South Gloucestershire") },
    select: { id: true, regionId: true },
  });
  return { icbId: icb.id, regionId: icb.regionId as string };
}

export async function createTestUser(
  db: Db,
  user: { email: string; name?: string; password?: string | null; role?: Role; organisationId?: string; disabled?: boolean },
): Promise<string> {
  passwordHash ??= hashPassword(TEST_PASSWORD);
  const hash = user.password === null ? null : user.password ? await hashPassword(user.password) : await passwordHash;
  const created = await db.user.create({
    data: {
      email: user.email,
      name: user.name ?? user.email,
      passwordHash: hash,
      disabledAt: user.disabled ? new Date() : null,
      ...(user.role && user.organisationId ? { memberships: { create: { role: user.role, organisationId: user.organisationId } } } : {}),
    },
    select: { id: true },
  });
  return created.id;
}
