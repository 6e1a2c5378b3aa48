import type { Actor } from "../audit/actor";
import { AUDIT_ACTIONS } from "../audit/audit-actions";
import { isUuid } from "../auth/is-uuid";
import { can } from "../policy/policy";
import { recordAuditEvent } from "../audit/record-audit-event";
import type { Db } from "../db/create-client";
import { ConflictError, ForbiddenError, NotFoundError } from "../errors";
import { toOrgRef } from "../organisations/to-org-ref";

/**
 * Takes a role away. Sessions read memberships afresh on every request, so the user loses what
 * it gave them on their next request, on every instance. An administrator cannot remove their
 * own administrator role: that is how a system ends up with nobody to run it.
 */
export async function removeMembership(db: Db, membershipId: string, actor: Actor): Promise<void> {
  if (!isUuid(membershipId)) throw new NotFoundError("The membership does not exist.");
  await db.$transaction(async (tx) => {
    const membership = await tx.membership.findUnique({
      where: { id: membershipId },
      select: { id: true, role: true, userId: true, user: { select: { email: true } }, organisation: { select: { id: true, name: true, kind: true, regionId: true, icbId: true } } },
    });
    if (!membership) throw new NotFoundError("The membership does not exist.");
    if (!can(actor, "membership.manage", { type: "organisation", organisation: toOrgRef(membership.organisation) })) {
      throw new ForbiddenError("Not allowed to manage memberships of this organisation.");
    }
    if (membership.userId === actor.id && membership.role === "administrator") {
      throw new ConflictError("user.self", "Administrators cannot remove their own administrator role.");
    }
    await tx.membership.delete({ where: { id: membership.id } });
    await recordAuditEvent(tx, {
      action: AUDIT_ACTIONS.membershipRemove,
      outcome: "success",
      actorId: actor.id,
      actorEmail: actor.email,
      targetType: "user",
      targetId: membership.userId,
      details: { email: membership.user.email, role: membership.role, organisationId: membership.organisation.id, organisationName: membership.organisation.name },
    });
  });
}
