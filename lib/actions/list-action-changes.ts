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

// Changes made together share one time; they read in the order the form lists the fields.
const FIELD_ORDER: readonly ActionChangeField[] = ["created", "ambitionNumber", "wantTo", "doThisBy", "owner", "dueDate", "status", "updateNote", "items"];

/** An action's history, oldest first. The caller has authorised reading the action. */
export async function listActionChanges(db: Db, actionId: string): Promise<ActionChangeView[]> {
  const rows = await db.improvementActionChange.findMany({
    where: { actionId },
    orderBy: { at: "asc" },
    select: { id: true, at: true, actorName: true, field: true, before: true, after: true },
  });
  const order = (field: string) => FIELD_ORDER.indexOf(field as ActionChangeField);
  return rows
    .map((row) => ({ ...row, field: row.field as ActionChangeField }))
    .sort((a, b) => a.at.getTime() - b.at.getTime() || order(a.field) - order(b.field));
}
