import type { Db, TransactionClient } from "../db/create-client";

/**
 * Deletes workbook previews nobody applied or cancelled before they expired: each holds a whole
 * parsed workbook, and an abandoned upload would otherwise stay until its uploader's next one.
 */
export async function purgeExpiredImports(db: Db | TransactionClient, now: Date): Promise<number> {
  const { count } = await db.pendingImport.deleteMany({ where: { expiresAt: { lt: now } } });
  return count;
}
