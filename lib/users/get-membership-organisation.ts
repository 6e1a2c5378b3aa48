import { isUuid } from "../auth/is-uuid";
import type { Db } from "../db/create-client";

/** The organisation of one of `userId`'s memberships, to authorise its removal on; null when there is no such membership. */
export async function getMembershipOrganisation(db: Db, ids: { userId: string; membershipId: string }) {
  if (!isUuid(ids.userId) || !isUuid(ids.membershipId)) return null;
  const membership = await db.membership.findFirst({
    where: { id: ids.membershipId, userId: ids.userId },
    select: { organisation: { select: { id: true, kind: true, regionId: true, icbId: true } } },
  });
  return membership?.organisation ?? null;
}
