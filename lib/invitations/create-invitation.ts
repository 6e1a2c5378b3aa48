import type { Actor } from "../audit/actor";
import { can, canHoldRole } from "../policy/policy";
import { recordAuditEvent } from "../audit/record-audit-event";
import type { Role } from "../policy/roles";
import type { Db } from "../db/create-client";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "../errors";
import { toOrgRef } from "../organisations/to-org-ref";
import { createInvitationToken } from "./create-invitation-token";
import { INVITATION_LIFETIME_MS } from "./invitation-lifetime";
import { AUDIT_ACTIONS } from "../audit/audit-actions";

export interface NewInvitation {
  readonly email: string;
  readonly organisationId: string;
  readonly role: Role;
}

export interface CreatedInvitation {
  readonly id: string;
  /** The secret for the link. Never stored: only its hash is. Shown once, then gone. */
  readonly token: string;
  readonly expiresAt: Date;
  readonly organisationName: string;
}

/**
 * Invites `email` to join an organisation with a role, exactly as the policy's
 * `invitation.create` allows the inviter. The link works once, for seven days from `now`.
 * A newer invitation for the same email, organisation and role replaces (revokes) any
 * earlier one still pending, so only the latest link sent works.
 */
export async function createInvitation(
  db: Db,
  input: NewInvitation,
  inviter: Actor,
  now: Date = new Date(),
): Promise<CreatedInvitation> {
  const email = input.email.trim().toLowerCase();
  return db.$transaction(async (tx) => {
    const organisation = await tx.organisation.findUnique({
      where: { id: input.organisationId },
      select: { id: true, name: true, kind: true, regionId: true, icbId: true },
    });
    if (!organisation) throw new NotFoundError("The organisation does not exist.");
    if (!canHoldRole(input.role, organisation.kind)) {
      throw new ValidationError("role", "role.notHeldOn", `A ${input.role} cannot belong to a ${organisation.kind}.`, organisation.kind);
    }
    if (!can(inviter, "invitation.create", { type: "invitation", organisation: toOrgRef(organisation), role: input.role })) {
      throw new ForbiddenError("Not allowed to invite this role into this organisation.");
    }
    const existing = await tx.membership.findFirst({
      where: { organisationId: organisation.id, role: input.role, user: { email } },
      select: { id: true },
    });
    if (existing) throw new ConflictError("membership.exists", `${email} already has this role here.`);

    const replaced = await tx.invitation.updateMany({
      where: { email, organisationId: organisation.id, role: input.role, acceptedAt: null, revokedAt: null },
      data: { revokedAt: now },
    });
    const { token, tokenHash } = createInvitationToken();
    const expiresAt = new Date(now.getTime() + INVITATION_LIFETIME_MS);
    const invitation = await tx.invitation.create({
      data: { tokenHash, email, organisationId: organisation.id, role: input.role, invitedById: inviter.id, createdAt: now, expiresAt },
      select: { id: true },
    });
    await recordAuditEvent(tx, {
      action: AUDIT_ACTIONS.invitationCreate,
      outcome: "success",
      actorId: inviter.id,
      actorEmail: inviter.email,
      targetType: "invitation",
      targetId: invitation.id,
      details: { email, organisationId: organisation.id, role: input.role, expiresAt: expiresAt.toISOString(), replaced: replaced.count },
    });
    return { id: invitation.id, token, expiresAt, organisationName: organisation.name };
  });
}
