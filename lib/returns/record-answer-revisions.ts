import type { TransactionClient } from "../db/create-client";

export interface AnswerRevisionRow {
  returnId: string;
  catalogueItemId: string;
  revision: number;
  level: number | null;
  evidence: string;
  gaps: string;
  savedById: string;
  /** The answer's updated_at, when the caller has it; the app's clock otherwise. */
  savedAt?: Date;
}

/** Keeps each saved version of answers, inside the transaction that saved them. */
export async function recordAnswerRevisions(tx: TransactionClient, rows: readonly AnswerRevisionRow[]): Promise<void> {
  if (rows.length > 0) await tx.returnAnswerRevision.createMany({ data: [...rows] });
}
