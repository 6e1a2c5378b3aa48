import type { Db } from "../db/create-client";

export interface AnswerRevisionView {
  revision: number;
  level: number | null;
  evidence: string;
  gaps: string;
  /** Why the level was what it was, when the save gave a reason. */
  levelReason: string | null;
  savedAt: Date;
  savedByName: string | null;
}

/**
 * Every saved version of one item's answer in a return, newest first. Loads regardless of who
 * asks: the caller has authorised reading the return.
 */
export async function listAnswerRevisions(db: Db, returnId: string, catalogueItemId: string): Promise<AnswerRevisionView[]> {
  const rows = await db.returnAnswerRevision.findMany({
    where: { returnId, catalogueItemId },
    orderBy: { revision: "desc" },
    select: { revision: true, level: true, evidence: true, gaps: true, levelReason: true, savedAt: true, savedBy: { select: { name: true } } },
  });
  return rows.map(({ savedBy, ...row }) => ({ ...row, savedByName: savedBy?.name ?? null }));
}
