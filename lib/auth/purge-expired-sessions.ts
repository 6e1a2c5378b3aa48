import type { Db, TransactionClient } from "../db/create-client";
import { SESSION_ABSOLUTE_MS } from "./session-lifetime";

/**
 * How long a session row is kept after it can no longer be used (12 hours after sign-in at the
 * latest): its address and browser belong to the audit trail of that sign-in for a while, then
 * nothing needs them.
 */
export const SESSION_RETENTION_MS = 30 * 24 * 60 * 60 * 1000;

/**
 * Deletes session rows that ended more than SESSION_RETENTION_MS ago. Every session has ended
 * by SESSION_ABSOLUTE_MS after it started, signed out or not, so one indexed comparison on
 * created_at finds them, and no live session is ever touched.
 */
export async function purgeExpiredSessions(db: Db | TransactionClient, now: Date): Promise<number> {
  const { count } = await db.userSession.deleteMany({
    where: { createdAt: { lt: new Date(now.getTime() - SESSION_ABSOLUTE_MS - SESSION_RETENTION_MS) } },
  });
  return count;
}
