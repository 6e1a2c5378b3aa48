import type { Role } from "../policy/roles";
import type { Db } from "../db/create-client";
import type { OrganisationKind } from "../generated/prisma/client";
import { hashInvitationToken } from "./hash-invitation-token";

export interface InvitationView {
  readonly id: string;
  readonly email: string;
  readonly role: Role;
  readonly organisationName: string;
  readonly organisationKind: OrganisationKind;
  readonly inviterName: string;
  readonly expiresAt: Date;
  /** Whether somebody already has an account with the invited email (then they sign in to accept). */
  readonly existingUser: boolean;
}

/** The shape of every token this app issues: 32 bytes, base64url. Anything else is not looked up. */
const TOKEN = /^[A-Za-z0-9_-]{43}$/;

/**
 * The invitation behind a link, or null when the link cannot be used: unknown, already
 * accepted, revoked or expired all answer null alike, so a page cannot tell them apart.
 */
export async function getInvitationByToken(db: Db, token: string, now: Date = new Date()): Promise<InvitationView | null> {
  if (!TOKEN.test(token)) return null;
  const invitation = await db.invitation.findUnique({
    where: { tokenHash: hashInvitationToken(token) },
    select: {
      id: true,
      email: true,
      role: true,
      expiresAt: true,
      acceptedAt: true,
      revokedAt: true,
      organisation: { select: { name: true, kind: true } },
      invitedBy: { select: { name: true } },
    },
  });
  if (!invitation || invitation.acceptedAt || invitation.revokedAt || invitation.expiresAt <= now) return null;
  const existingUser = (await db.user.count({ where: { email: invitation.email } })) > 0;
  return {
    id: invitation.id,
    email: invitation.email,
    role: invitation.role,
    organisationName: invitation.organisation.name,
    organisationKind: invitation.organisation.kind,
    inviterName: invitation.invitedBy.name,
    expiresAt: invitation.expiresAt,
    existingUser,
  };
}
