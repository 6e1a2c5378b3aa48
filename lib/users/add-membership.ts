import type { Actor } from "../audit/actor";
import { AUDIT_ACTIONS } from "../audit/audit-actions";
import { recordAuditEvent } from "../audit/record-audit-event";
import { isUuid } from "../auth/is-uuid";
import type { Db } from "../db/create-client";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "../errors";
import { toOrgRef } from "../organisations/to-org-ref";
import { can, canHoldRole } from "../policy/policy";
import type { Role } from "../policy/roles";

export interface NewMembership {
  readonly userId: string;
  readonly organisationId: string;
  readonly role: Role;
}

/**
 * Gives an existing user a role in an organisation, as an administrator does from the user's
 * page (an invitation does the same for someone without an account). Like removing one, it
 * applies from the person's next request, since sessions read memberships afresh.
 */
export async function addMembership(db: Db, input: NewMembership, actor: Actor): Promise<void> {
  if (!isUuid(input.userId) || !isUuid(input.organisationId)) throw new NotFoundError("No such user or organisation.");
  await db.$transaction(async (tx) => {
    const organisation = await tx.organisation.findUnique({
      where: { id: input.organisationId },
      select: { id: true, name: true, kind: true, regionId: true, icbId: true },
    });
    if (!organisation) throw new NotFoundError("The organisation does not exist.");
    if (!can(actor, "membership.manage", { type: "organisation", organisation: toOrgRef(organisation) })) {
      throw new ForbiddenError("Not allowed to manage memberships of this organisation.");
    }
    if (!canHoldRole(input.role, organisation.kind)) {
      throw new ValidationError("role", "role.notHeldOn", `A ${input.role} cannot belong to a ${organisation.kind}.`, organisation.kind);
    }
    const user = await tx.user.findUnique({ where: { id: input.userId }, select: { id: true, email: true } });
    if (!user) throw new NotFoundError("The user does not exist.");
    const existing = await tx.membership.findFirst({ where: { userId: user.id, organisationId: organisation.id, role: input.role }, select: { id: true } });
    if (existing) throw new ConflictError("membership.held", `${user.email} already has this role here.`);
    const membership = await tx.membership.create({ data: { userId: user.id, organisationId: organisation.id, role: input.role }, select: { id: true } });
    await recordAuditEvent(tx, {
      action: AUDIT_ACTIONS.membershipCreate,
      outcome: "success",
      actorId: actor.id,
      actorEmail: actor.email,
      targetType: "user",
      targetId: user.id,
      details: { userId: user.id, email: user.email, membershipId: membership.id, organisationId: organisation.id, organisationName: organisation.name, role: input.role },
    });
  });
}
