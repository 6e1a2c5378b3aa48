import type { Actor } from "../audit/actor";
import type { Db } from "../db/create-client";
import { readDatabaseClock } from "../db/read-database-clock";
import { xlsxImportCopy } from "../copy/xlsx-import";
import { ConflictError, ForbiddenError, NotFoundError, ReturnStateError } from "../errors";
import { can } from "../policy/policy";
import { lockReturn } from "../returns/lock-return";
import { computeImportChanges } from "./compute-import-changes";
import type { ImportBase } from "./import-content";
import { findPendingImport } from "./find-pending-import";
import { importPermissions } from "./import-permissions";
import { loadImportState } from "./load-import-state";

/**
 * Applies a pending import all or nothing, in one transaction: every changed item gets a new
 * revision, recorded in its history like any other save with the note "imported from FILE",
 * then the header fields. Refused, with nothing written: a return no longer a draft
 * (ReturnStateError); a preview that is not the actor's or has expired (NotFoundError); an item
 * or header field changed by someone since the preview was computed (ConflictError
 * "import.stale"): the preview is then recomputed against the current draft, to be checked
 * and applied again.
 */
export async function applyImport(db: Db, input: { returnId: string; importId: string }, actor: Actor): Promise<{ items: number; details: number }> {
  const outcome = await db.$transaction(async (tx) => {
    // "update": no save lands between the check against the preview and the writes.
    const stored = await lockReturn(tx, input.returnId, actor, "update");
    if (stored.status !== "draft") throw new ReturnStateError(stored.status, "The return is no longer a draft.");
    if (!can(actor, "return.import", { type: "return", ...stored.ref })) throw new ForbiddenError("Not allowed to import into this return.");
    const now = await readDatabaseClock(tx);
    const pending = await findPendingImport(tx, stored.id, input.importId, actor.id, now);
    if (!pending) throw new NotFoundError("The import does not exist or has expired.");
    const state = await loadImportState(tx, stored.id, stored.catalogueVersionId);
    const changes = computeImportChanges(pending.content, state, importPermissions(actor, stored.ref));

    const staleItems = changes.items.filter((change) => change.revision !== (pending.base.revisions[change.key] ?? 0));
    const staleDetails = changes.details.filter((change) => pending.base.details[change.field] !== state.details[change.field]);
    if (staleItems.length > 0 || staleDetails.length > 0) {
      return { stale: true as const, base: { revisions: Object.fromEntries([...state.items].map(([key, item]) => [key, item.revision])), details: state.details } satisfies ImportBase, keys: staleItems.map((change) => change.key) };
    }

    const note = xlsxImportCopy.historyNote(pending.fileName);
    const fresh = changes.items.filter((change) => change.revision === 0);
    if (fresh.length > 0) {
      const inserted = await tx.returnAnswer.createMany({
        data: fresh.map((change) => ({ returnId: stored.id, catalogueItemId: change.catalogueItemId, ...change.after, revision: 1, updatedById: actor.id, updatedAt: now })),
        skipDuplicates: true,
      });
      // The return is locked against saves, so a duplicate here is a bug, not a race.
      if (inserted.count !== fresh.length) throw new Error("An answer appeared in a locked return.");
    }
    for (const change of changes.items.filter((change) => change.revision > 0)) {
      await tx.returnAnswer.update({
        where: { returnId_catalogueItemId: { returnId: stored.id, catalogueItemId: change.catalogueItemId } },
        data: { ...change.after, revision: change.revision + 1, updatedById: actor.id, updatedAt: now },
      });
    }
    await tx.returnAnswerRevision.createMany({
      data: changes.items.map((change) => ({ returnId: stored.id, catalogueItemId: change.catalogueItemId, revision: change.revision + 1, ...change.after, savedById: actor.id, savedAt: now, note })),
    });
    if (changes.details.length > 0) {
      const data: Record<string, string | Date | null> = {};
      for (const change of changes.details) data[change.field] = change.field === "completionDate" ? (change.after ? new Date(`${change.after}T00:00:00Z`) : null) : (change.after ?? "");
      await tx.assessmentReturn.update({ where: { id: stored.id }, data });
    }
    await tx.pendingImport.delete({ where: { id: pending.id } });
    return { stale: false as const, items: changes.items.length, details: changes.details.length };
  });
  if (outcome.stale) {
    // Shown again against the draft as it now is: the next apply goes against these revisions.
    await db.pendingImport.updateMany({ where: { id: input.importId, createdById: actor.id }, data: { base: JSON.parse(JSON.stringify(outcome.base)) } });
    throw new ConflictError("import.stale", xlsxImportCopy.stale(outcome.keys));
  }
  return { items: outcome.items, details: outcome.details };
}
