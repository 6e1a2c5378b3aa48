import type { TransactionClient } from "../db/create-client";
import type { ActionChangeField } from "./action-rules";

export interface ActionChange {
  field: ActionChangeField;
  before: string;
  after: string;
}

/** Appends changes to an action's history, one row per field, in the caller's transaction. */
export async function recordActionChanges(
  tx: TransactionClient,
  input: { actionId: string; actor: { id: string; email: string }; at: Date; changes: readonly ActionChange[] },
): Promise<void> {
  if (input.changes.length === 0) return;
  const person = await tx.user.findUnique({ where: { id: input.actor.id }, select: { name: true } });
  await tx.improvementActionChange.createMany({
    data: input.changes.map((change) => ({
      actionId: input.actionId,
      actorId: input.actor.id,
      actorName: person?.name || input.actor.email,
      at: input.at,
      field: change.field,
      before: change.before,
      after: change.after,
    })),
  });
}
