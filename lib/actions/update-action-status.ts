// Where an action stands: not started, in progress, done or dropped, with a short update note.
// Its owner with an account may do this as well as its editors. `done_at` records when it
// became done, for "done since the last published return".
import type { Actor } from "../audit/actor";
import type { Db } from "../db/create-client";
import { readDatabaseClock } from "../db/read-database-clock";
import type { ActionStatus } from "../generated/prisma/client";
import { lockAction } from "./lock-action";
import { recordActionChanges, type ActionChange } from "./record-action-changes";

export interface UpdateActionStatusInput {
  actionId: string;
  expectedVersion: number;
  status: ActionStatus;
  updateNote: string;
}

export async function updateActionStatus(db: Db, input: UpdateActionStatusInput, actor: Actor): Promise<{ version: number; changed: number }> {
  return db.$transaction(async (tx) => {
    const { row } = await lockAction(tx, input, actor, "action.updateStatus");
    const note = input.updateNote.trim();
    const changes: ActionChange[] = [];
    if (input.status !== row.status) changes.push({ field: "status", before: row.status, after: input.status });
    if (note !== row.updateNote) changes.push({ field: "updateNote", before: row.updateNote, after: note });
    if (changes.length === 0) return { version: row.version, changed: 0 };
    const now = await readDatabaseClock(tx);
    const doneAt = input.status !== "done" ? null : row.status === "done" ? row.doneAt : now;
    const updated = await tx.improvementAction.update({
      where: { id: row.id },
      data: { status: input.status, updateNote: note, doneAt, version: { increment: 1 }, updatedAt: now },
      select: { version: true },
    });
    await recordActionChanges(tx, { actionId: row.id, actor, at: now, changes });
    return { version: updated.version, changed: changes.length };
  });
}
