// Editing what an action commits to: the wording, the owner and the due date. Every changed
// field is kept in the history (before → after); an edit made from a stale page is refused.
import type { Actor } from "../audit/actor";
import type { Db } from "../db/create-client";
import { readDatabaseClock } from "../db/read-database-clock";
import { toOwnerColumns, type ActionOwner } from "./action-owner";
import { assertEligibleOwner } from "./assert-eligible-owner";
import { formatDueDate } from "./format-due-date";
import { lockAction } from "./lock-action";
import { ownerLabel } from "./owner-label";
import { recordActionChanges, type ActionChange } from "./record-action-changes";

export interface UpdateActionInput {
  actionId: string;
  expectedVersion: number;
  wantTo: string;
  doThisBy: string;
  owner: ActionOwner;
  dueDate: Date;
}

export async function updateAction(db: Db, input: UpdateActionInput, actor: Actor): Promise<{ version: number; changed: number }> {
  return db.$transaction(async (tx) => {
    const { row, resource } = await lockAction(tx, input, actor, "action.edit");
    const owner = toOwnerColumns(input.owner);
    const ownerChanged = owner.ownerUserId !== row.ownerUserId || owner.ownerName !== row.ownerName;
    const newOwnerLabel = ownerChanged ? await assertEligibleOwner(tx, resource.organisation, input.owner) : ownerLabel(row);
    const changes: ActionChange[] = [];
    const wantTo = input.wantTo.trim();
    const doThisBy = input.doThisBy.trim();
    if (wantTo !== row.wantTo) changes.push({ field: "wantTo", before: row.wantTo, after: wantTo });
    if (doThisBy !== row.doThisBy) changes.push({ field: "doThisBy", before: row.doThisBy, after: doThisBy });
    if (ownerChanged) changes.push({ field: "owner", before: ownerLabel(row), after: newOwnerLabel });
    if (formatDueDate(input.dueDate) !== formatDueDate(row.dueDate)) {
      changes.push({ field: "dueDate", before: formatDueDate(row.dueDate), after: formatDueDate(input.dueDate) });
    }
    if (changes.length === 0) return { version: row.version, changed: 0 };
    const now = await readDatabaseClock(tx);
    const updated = await tx.improvementAction.update({
      where: { id: row.id },
      data: { wantTo, doThisBy, ...owner, dueDate: input.dueDate, version: { increment: 1 }, updatedAt: now },
      select: { version: true },
    });
    await recordActionChanges(tx, { actionId: row.id, actor, at: now, changes });
    return { version: updated.version, changed: changes.length };
  });
}
