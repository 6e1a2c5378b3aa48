import type { TransactionClient } from "../db/create-client";

export interface AnswerRevisionRow {
  returnId: string;
  catalogueItemId: string;
  revision: number;
  level: number | null;
  evidence: string;
  gaps: string;
  savedById: string;
}

/** Keeps each saved version of answers, inside the transaction that saved them. */
export async function recordAnswerRevisions(tx: TransactionClient, rows: readonly AnswerRevisionRow[]): Promise<void> {
  if (rows.length > 0) await tx.returnAnswerRevision.createMany({ data: [...rows] });
}
