import { z } from "zod";
import type { TransactionClient } from "../db/create-client";
import type { ImportBase, ImportContent } from "./import-content";

const idSchema = z.uuid();

export interface PendingImportRow {
  readonly id: string;
  readonly returnId: string;
  readonly fileName: string;
  readonly content: ImportContent;
  readonly base: ImportBase;
  readonly createdAt: Date;
  readonly expiresAt: Date;
}

/**
 * The pending import `importId` of this return, uploaded by `userId` and not expired, or null:
 * a preview is its uploader's alone, and someone else's id looks exactly like a made-up one.
 */
export async function findPendingImport(db: TransactionClient, returnId: string, importId: string, userId: string, now: Date = new Date()): Promise<PendingImportRow | null> {
  if (!idSchema.safeParse(importId).success || !idSchema.safeParse(returnId).success) return null;
  const row = await db.pendingImport.findFirst({ where: { id: importId, returnId, createdById: userId, expiresAt: { gt: now } } });
  if (!row) return null;
  // Written only by createImportPreview from these types.
  return { ...row, content: row.content as unknown as ImportContent, base: row.base as unknown as ImportBase };
}
