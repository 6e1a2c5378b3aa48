// A user as the policy and the pages see them, read fresh from the database: a removed
// membership or a disabled account changes the answer on the very next call.
import type { Db, TransactionClient } from "../db/create-client";
import { toOrgRef } from "../organisations/to-org-ref";
import { isRole } from "../policy/roles";
import type { PolicyMembership, PolicyUser } from "../policy/policy";

export type LoadedUser = PolicyUser & { email: string; name: string };

export async function loadPolicyUser(db: Db | TransactionClient, userId: string): Promise<LoadedUser | null> {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      email: true,
      name: true,
      disabledAt: true,
      memberships: {
        orderBy: { createdAt: "asc" },
        select: { role: true, organisation: { select: { id: true, kind: true, regionId: true, icbId: true } } },
      },
    },
  });
  if (!user) return null;
  const memberships: PolicyMembership[] = user.memberships
    .filter((membership) => isRole(membership.role))
    .map((membership) => ({ role: membership.role, organisation: toOrgRef(membership.organisation) }));
  return { id: user.id, email: user.email, name: user.name, disabled: user.disabledAt !== null, memberships };
}
