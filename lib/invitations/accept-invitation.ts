import { hashPassword } from "../auth/hash-password";
import { passwordSchema } from "../auth/password-policy";
import { recordAuditEvent } from "../audit/record-audit-event";
import type { Role } from "../policy/roles";
import type { Db } from "../db/create-client";
import { Prisma } from "../generated/prisma/client";
import { ConflictError, ForbiddenError, InvitationUnusableError, ValidationError } from "../errors";
import { hashInvitationToken } from "./hash-invitation-token";
import { AUDIT_ACTIONS } from "../audit/audit-actions";

/** Who accepts: somebody new, who chooses a name and password, or an existing, signed-in user. */
export type Acceptance =
  | { readonly as: "newUser"; readonly name: string; readonly password: string }
  | { readonly as: "existingUser"; readonly user: { readonly id: string; readonly email: string } };

export interface AcceptedInvitation {
  readonly userId: string;
  readonly organisationId: string;
  readonly role: Role;
  /** False when the user already had this membership (accepting is then only recorded). */
  readonly membershipCreated: boolean;
}

export const NAME_MAX_LENGTH = 100;

/**
 * Uses an invitation: creates the user (if new) and the membership, and marks the invitation
 * accepted, all in one transaction, so a failure anywhere leaves the link usable and nothing
 * half-written. The invitation is claimed with a conditional update, so of two simultaneous
 * acceptances exactly one succeeds.
 */
export async function acceptInvitation(
  db: Db,
  token: string,
  acceptance: Acceptance,
  now: Date = new Date(),
): Promise<AcceptedInvitation> {
  let newUser: { name: string; passwordHash: string } | undefined;
  if (acceptance.as === "newUser") {
    const name = acceptance.name.trim().replace(/\s+/g, " ");
    if (name.length === 0) throw new ValidationError("name", "name.missing", "Enter a name.");
    if (name.length > NAME_MAX_LENGTH) throw new ValidationError("name", "name.tooLong", "The name is too long.");
    const password = passwordSchema.safeParse(acceptance.password);
    if (!password.success) {
      throw new ValidationError("password", "password.policy", password.error.issues[0]?.message ?? "The password is not allowed.");
    }
    // Hashed before the transaction: argon2 takes a while and must not hold row locks.
    newUser = { name, passwordHash: await hashPassword(acceptance.password) };
  }

  return db.$transaction(async (tx) => {
    const tokenHash = hashInvitationToken(token);
    const claimed = await tx.invitation.updateMany({
      where: { tokenHash, acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
      data: { acceptedAt: now },
    });
    if (claimed.count !== 1) throw new InvitationUnusableError();
    const invitation = await tx.invitation.findUniqueOrThrow({
      where: { tokenHash },
      select: { id: true, email: true, organisationId: true, role: true },
    });

    const user =
      acceptance.as === "existingUser"
        ? await tx.user.findUnique({ where: { id: acceptance.user.id }, select: { id: true, email: true, disabledAt: true } })
        : null;
    if (acceptance.as === "existingUser" && (!user || user.disabledAt || user.email !== invitation.email)) {
      throw new ForbiddenError("This invitation is for a different account.");
    }
    const accepter = user ?? (await createInvitedUser(tx, invitation, newUser, now));

    const alreadyMember = await tx.membership.findUnique({
      where: {
        userId_organisationId_role: { userId: accepter.id, organisationId: invitation.organisationId, role: invitation.role },
      },
      select: { id: true },
    });
    const membership =
      alreadyMember ??
      (await tx.membership.create({
        data: { userId: accepter.id, organisationId: invitation.organisationId, role: invitation.role, createdAt: now },
        select: { id: true },
      }));
    await recordAuditEvent(tx, {
      action: AUDIT_ACTIONS.invitationAccept,
      outcome: "success",
      actorId: accepter.id,
      actorEmail: accepter.email,
      targetType: "invitation",
      targetId: invitation.id,
      details: { organisationId: invitation.organisationId, role: invitation.role },
    });
    if (!alreadyMember) {
      await recordAuditEvent(tx, {
        action: AUDIT_ACTIONS.membershipCreate,
        outcome: "success",
        actorId: accepter.id,
        actorEmail: accepter.email,
        targetType: "membership",
        targetId: membership.id,
        details: { userId: accepter.id, organisationId: invitation.organisationId, role: invitation.role, invitationId: invitation.id },
      });
    }
    return {
      userId: accepter.id,
      organisationId: invitation.organisationId,
      role: invitation.role,
      membershipCreated: !alreadyMember,
    };
  });
}

async function createInvitedUser(
  tx: Prisma.TransactionClient,
  invitation: { id: string; email: string },
  newUser: { name: string; passwordHash: string } | undefined,
  now: Date,
): Promise<{ id: string; email: string }> {
  if (!newUser) throw new Error("A new user needs a name and password.");
  const taken = await tx.user.findUnique({ where: { email: invitation.email }, select: { id: true } });
  if (taken) throw new ConflictError("user.exists", "An account with this email already exists: sign in to accept.");
  const user = await tx.user
    .create({
      data: { email: invitation.email, name: newUser.name, passwordHash: newUser.passwordHash, createdAt: now },
      select: { id: true, email: true },
    })
    .catch((error: unknown) => {
      // Somebody registered the same email between the check above and this insert.
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
        throw new ConflictError("user.exists", "An account with this email already exists: sign in to accept.");
      }
      throw error;
    });
  await recordAuditEvent(tx, {
    action: AUDIT_ACTIONS.userCreate,
    outcome: "success",
    actorId: user.id,
    actorEmail: user.email,
    targetType: "user",
    targetId: user.id,
    details: { via: "invitation", invitationId: invitation.id },
  });
  return user;
}
