import type { Db, TransactionClient } from "../db/create-client";
import type { OrgRef } from "../policy/policy";
import { eligibleOwnerOrganisations } from "./eligible-owner-organisations";

export interface OwnerChoice {
  id: string;
  name: string;
  email: string;
}

/** The people with an account who may own an action of `organisation` (enabled, by name). */
export async function listActionOwners(db: Db | TransactionClient, organisation: OrgRef, onlyUserId?: string): Promise<OwnerChoice[]> {
  return db.user.findMany({
    where: {
      ...(onlyUserId ? { id: onlyUserId } : {}),
      disabledAt: null,
      memberships: { some: { role: { not: "administrator" }, organisation: eligibleOwnerOrganisations(organisation) } },
    },
    select: { id: true, name: true, email: true },
    orderBy: [{ name: "asc" }, { email: "asc" }],
  });
}
