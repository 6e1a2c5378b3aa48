import type { Db } from "../db/create-client";
import { ASSIGNABLE_ROLES } from "../policy/policy";

/** The people an item of a return for `organisationId` can be assigned to, by name. */
export async function listAssignableUsers(db: Db, organisationId: string): Promise<{ id: string; name: string; email: string }[]> {
  const users = await db.user.findMany({
    where: { disabledAt: null, memberships: { some: { organisationId, role: { in: [...ASSIGNABLE_ROLES] } } } },
    select: { id: true, name: true, email: true },
    orderBy: [{ name: "asc" }, { email: "asc" }],
  });
  return users;
}
