import type { Db, TransactionClient } from "../db/create-client";
import { ACCOUNT_LIMIT, ADDRESS_LIMIT } from "./sign-in-limits";

/**
 * Deletes failure counters that can no longer count or lock anything: their window has passed
 * and any lock has ended. Without this, every mistyped email from every address would stay in
 * the table for ever. Run at start-up and after each successful sign-in; it touches only
 * expired rows, so a lock in force is never lifted early.
 */
export async function purgeStaleSignInCounters(db: Db | TransactionClient, now: Date): Promise<number> {
  const longestWindow = Math.max(ACCOUNT_LIMIT.windowMs, ADDRESS_LIMIT.windowMs);
  const { count } = await db.signInThrottle.deleteMany({
    where: {
      windowStartedAt: { lt: new Date(now.getTime() - longestWindow) },
      OR: [{ lockedUntil: null }, { lockedUntil: { lt: now } }],
    },
  });
  return count;
}
