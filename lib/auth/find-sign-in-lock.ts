import type { Db } from "../db/create-client";
import { accountThrottleKey, addressThrottleKey } from "./sign-in-limits";

export type SignInLock = { scope: "account" | "address"; until: Date };

/** The lock, if any, that refuses sign-in for this email from this address at `now` (the later one if both). */
export async function findSignInLock(db: Db, attempt: { email: string; ip: string | null; now: Date }): Promise<SignInLock | null> {
  const accountKey = accountThrottleKey(attempt.email, attempt.ip);
  const rows = await db.signInThrottle.findMany({
    where: { key: { in: [accountKey, addressThrottleKey(attempt.ip)] }, lockedUntil: { gt: attempt.now } },
    select: { key: true, lockedUntil: true },
    orderBy: { lockedUntil: "desc" },
    take: 1,
  });
  const row = rows[0];
  if (!row?.lockedUntil) return null;
  return { scope: row.key === accountKey ? "account" : "address", until: row.lockedUntil };
}
