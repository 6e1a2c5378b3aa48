import type { TransactionClient } from "../db/create-client";
import type { DetailValues } from "./import-content";

export interface CurrentAnswer {
  readonly catalogueItemId: string;
  readonly level: number | null;
  readonly evidence: string;
  readonly gaps: string;
  /** 0 for an item never saved. */
  readonly revision: number;
  readonly assigneeIds: readonly string[];
}

export interface ImportState {
  /** Every rated item of the return's catalogue, by key, with its current answer (or none). */
  readonly items: ReadonlyMap<string, CurrentAnswer>;
  readonly details: DetailValues;
}

/** The draft as an import compares with it: every rated item's answer, revision and assignees, and the header fields. */
export async function loadImportState(db: TransactionClient, returnId: string, catalogueVersionId: string): Promise<ImportState> {
  const [stored, items, answers, assignments] = await Promise.all([
    db.assessmentReturn.findUniqueOrThrow({ where: { id: returnId }, select: { completedBy: true, versionNote: true, completionDate: true, livedExperience: true } }),
    db.catalogueItem.findMany({ where: { catalogueVersionId, kind: "item" }, select: { id: true, key: true } }),
    db.returnAnswer.findMany({ where: { returnId }, select: { catalogueItemId: true, level: true, evidence: true, gaps: true, revision: true } }),
    db.returnAssignment.findMany({ where: { returnId }, select: { catalogueItemId: true, userId: true } }),
  ]);
  const answerById = new Map(answers.map((answer) => [answer.catalogueItemId, answer]));
  const assigneesById = new Map<string, string[]>();
  for (const row of assignments) assigneesById.set(row.catalogueItemId, [...(assigneesById.get(row.catalogueItemId) ?? []), row.userId]);
  const byKey = new Map<string, CurrentAnswer>();
  for (const item of items) {
    const answer = answerById.get(item.id);
    byKey.set(item.key, {
      catalogueItemId: item.id,
      level: answer?.level ?? null,
      evidence: answer?.evidence ?? "",
      gaps: answer?.gaps ?? "",
      revision: answer?.revision ?? 0,
      assigneeIds: assigneesById.get(item.id) ?? [],
    });
  }
  return {
    items: byKey,
    details: {
      completedBy: stored.completedBy,
      versionNote: stored.versionNote,
      completionDate: stored.completionDate ? stored.completionDate.toISOString().slice(0, 10) : null,
      livedExperience: stored.livedExperience,
    },
  };
}
