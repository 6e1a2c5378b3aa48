import type { Actor } from "../audit/actor";
import type { Db } from "../db/create-client";
import type { ReturnRef } from "../policy/policy";
import type { WorkbookProblem } from "../xlsx/read-return-workbook";
import { computeImportChanges, type DetailChange, type ItemChange } from "./compute-import-changes";
import { findPendingImport } from "./find-pending-import";
import { importPermissions } from "./import-permissions";
import { loadImportState } from "./load-import-state";

export interface ImportPreview {
  readonly importId: string;
  readonly fileName: string;
  readonly organisationName: string | null;
  readonly expiresAt: Date;
  readonly items: ItemChange[];
  readonly details: DetailChange[];
  readonly problems: WorkbookProblem[];
  /** Items the workbook holds a row for. */
  readonly itemsRead: number;
}

/**
 * A pending import of the actor's, compared with the draft as it is now (so a preview shown
 * again after a colleague's save shows their answer as the "before"), or null when it is not
 * theirs, not this return's, or expired. The caller has authorised reading the return.
 */
export async function getImportPreview(db: Db, stored: { id: string; catalogueVersionId: string; ref: ReturnRef }, importId: string, actor: Actor): Promise<ImportPreview | null> {
  const pending = await findPendingImport(db, stored.id, importId, actor.id);
  if (!pending) return null;
  const state = await loadImportState(db, stored.id, stored.catalogueVersionId);
  const changes = computeImportChanges(pending.content, state, importPermissions(actor, stored.ref));
  return {
    importId: pending.id,
    fileName: pending.fileName,
    organisationName: pending.content.organisationName,
    expiresAt: pending.expiresAt,
    ...changes,
    itemsRead: pending.content.answers.length,
  };
}
