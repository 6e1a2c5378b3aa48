import type { Db, TransactionClient } from "../db/create-client";

/**
 * How long an invitation is kept after its link stopped working (every link stops 7 days after
 * it was sent, accepted or not): long enough to answer "was this person invited, by whom?"
 * beside the audit log's invitation rows, which keep the email, organisation and role for good.
 */
export const INVITATION_RETENTION_MS = 30 * 24 * 60 * 60 * 1000;

/** Deletes invitations whose link expired more than INVITATION_RETENTION_MS ago. */
export async function purgeExpiredInvitations(db: Db | TransactionClient, now: Date): Promise<number> {
  const { count } = await db.invitation.deleteMany({
    where: { expiresAt: { lt: new Date(now.getTime() - INVITATION_RETENTION_MS) } },
  });
  return count;
}
