import type { TransactionClient } from "./create-client";

/**
 * The database server's clock, read now (clock_timestamp(), not the transaction's start).
 * Times that are compared with each other across app instances come from this one clock: an
 * answer's updated_at and its return's submitted_at and signed_off_at. Each app instance has
 * its own clock, and a few milliseconds between them would be enough for a submission to look
 * older than an answer in it. Whole milliseconds, as every DateTime column stores.
 */
export async function readDatabaseClock(tx: TransactionClient): Promise<Date> {
  const rows = await tx.$queryRaw<{ now: Date }[]>`SELECT date_trunc('milliseconds', clock_timestamp()) AS now`;
  const now = rows[0]?.now;
  if (!(now instanceof Date)) throw new Error("The database did not say what time it is.");
  return now;
}
