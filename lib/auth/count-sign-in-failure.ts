import type { Db, TransactionClient } from "../db/create-client";
import type { SignInLimit } from "./sign-in-limits";

export type FailureCount = { failures: number; lockedUntil: Date | null };

/**
 * Adds one failure to the counter `key` and locks it when the limit is reached, in a single
 * INSERT ... ON CONFLICT DO UPDATE: PostgreSQL locks the row for the update, so concurrent
 * failures each count and none can slip between a read and a write. A window older than
 * `limit.windowMs` starts again at one.
 *
 * Timestamps go in as ISO strings cast to `timestamp`, which keeps the UTC wall time (the
 * zone suffix is ignored for that type) whatever the server's TimeZone: the convention
 * Prisma uses for every other DateTime column.
 */
export async function countSignInFailure(
  db: Db | TransactionClient,
  key: string,
  limit: SignInLimit,
  now: Date,
): Promise<FailureCount> {
  const at = now.toISOString();
  const windowStart = new Date(now.getTime() - limit.windowMs).toISOString();
  const lockUntil = new Date(now.getTime() + limit.lockMs).toISOString();
  const rows = await db.$queryRaw<{ failures: number; locked_until: Date | null }[]>`
    INSERT INTO sign_in_throttle AS t (key, failures, window_started_at, locked_until)
    VALUES (${key}, 1, ${at}::timestamp(3), CASE WHEN 1 >= ${limit.maxFailures}::int THEN ${lockUntil}::timestamp(3) END)
    ON CONFLICT (key) DO UPDATE SET
      failures = CASE WHEN t.window_started_at <= ${windowStart}::timestamp(3) THEN 1 ELSE t.failures + 1 END,
      window_started_at = CASE WHEN t.window_started_at <= ${windowStart}::timestamp(3) THEN ${at}::timestamp(3) ELSE t.window_started_at END,
      locked_until = CASE
        WHEN (CASE WHEN t.window_started_at <= ${windowStart}::timestamp(3) THEN 1 ELSE t.failures + 1 END) >= ${limit.maxFailures}::int
          THEN ${lockUntil}::timestamp(3)
        ELSE t.locked_until
      END
    RETURNING failures, locked_until`;
  const row = rows[0];
  if (!row) throw new Error(`Counting a sign-in failure for ${key} returned no row.`);
  return { failures: Number(row.failures), lockedUntil: row.locked_until };
}
