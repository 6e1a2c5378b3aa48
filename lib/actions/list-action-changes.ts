import type { Db } from "../db/create-client";
import type { ActionChangeField } from "./action-rules";

export interface ActionChangeView {
  id: string;
  at: Date;
  actorName: string;
  field: ActionChangeField;
  before: string;
  after: string;
}

/** An action's history, oldest first. The caller has authorised reading the action. */
export async function listActionChanges(db: Db, actionId: string): Promise<ActionChangeView[]> {
  const rows = await db.improvementActionChange.findMany({
    where: { actionId },
    orderBy: [{ at: "asc" }, { id: "asc" }],
    select: { id: true, at: true, actorName: true, field: true, before: true, after: true },
  });
  return rows.map((row) => ({ ...row, field: row.field as ActionChangeField }));
}
