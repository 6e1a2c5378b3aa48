import { z } from "zod";
import type { Actor } from "../audit/actor";
import { can } from "../policy/policy";
import type { Db } from "../db/create-client";
import { readDatabaseClock } from "../db/read-database-clock";
import { ForbiddenError, NotFoundError, ReturnStateError, StaleAnswerError } from "../errors";
import { lockReturn } from "./lock-return";
import { recordAnswerRevisions } from "./record-answer-revisions";

const idSchema = z.uuid();

export interface AnswerInput {
  readonly returnId: string;
  /** The catalogue item's key: "1.1.2", "4.1.2/ambulance". */
  readonly itemKey: string;
  /** 0-5, or null for not yet rated. */
  readonly level: number | null;
  readonly evidence: string;
  readonly gaps: string;
  /** The revision the form was opened at: 0 for an item never saved. */
  readonly expectedRevision: number;
}

/**
 * Saves one item's level, evidence and gaps, and says which ambition the item is in and whether
 * anything changed (a save identical to the stored answer writes nothing). Refused when
 * someone else saved it since the form was opened (StaleAnswerError, with their revision: nothing
 * is overwritten), when the return is no
 * longer a draft (ReturnStateError), or when the policy does not let `actor` edit this item
 * (ForbiddenError; NotFoundError if they may not even read the return).
 */
export async function saveAnswer(db: Db, input: AnswerInput, actor: Actor): Promise<{ revision: number; ambition: number; changed: boolean }> {
  if (!idSchema.safeParse(input.returnId).success) throw new NotFoundError("The return does not exist.");
  if (input.level !== null && !(Number.isInteger(input.level) && input.level >= 0 && input.level <= 5)) {
    throw new RangeError(`level must be an integer 0-5 or null, not ${input.level}`);
  }
  return db.$transaction(async (tx) => {
    const stored = await lockReturn(tx, input.returnId, actor, "share");
    const item = await tx.catalogueItem.findUnique({
      where: { catalogueVersionId_key: { catalogueVersionId: stored.catalogueVersionId, key: input.itemKey } },
      select: { id: true, kind: true, ambitionNumber: true },
    });
    // A stem is never rated: to a caller it is as unknown as a made-up key.
    if (!item || item.kind !== "item") throw new NotFoundError(`The return has no item ${input.itemKey}.`);
    if (stored.status !== "draft") throw new ReturnStateError(stored.status, "The return is no longer a draft.");
    const assignees = await tx.returnAssignment.findMany({
      where: { returnId: stored.id, catalogueItemId: item.id },
      select: { userId: true },
    });
    const resource = { type: "returnItem" as const, return: stored.ref, assigneeIds: assignees.map((row) => row.userId) };
    if (!can(actor, "return.item.edit", resource)) throw new ForbiddenError("Not allowed to edit this item.");

    // The database's clock, as a submission's time is (see changeReturnStatus).
    const savedAt = await readDatabaseClock(tx);
    const data = { level: input.level, evidence: input.evidence, gaps: input.gaps, updatedById: actor.id, updatedAt: savedAt };
    const key = { returnId: stored.id, catalogueItemId: item.id };
    // A save that changes nothing (nothing typed on a new item, or the answer as it stands) writes
    // no version and is not reported as saved.
    const current = await tx.returnAnswer.findUnique({ where: { returnId_catalogueItemId: key }, select: { level: true, evidence: true, gaps: true, revision: true } });
    const unchanged = current
      ? current.level === input.level && current.evidence === input.evidence && current.gaps === input.gaps
      : input.level === null && input.evidence === "" && input.gaps === "";
    if (unchanged) return { revision: current?.revision ?? 0, ambition: item.ambitionNumber, changed: false };
    const stale = async () => {
      const current = await tx.returnAnswer.findUnique({ where: { returnId_catalogueItemId: key }, select: { revision: true } });
      return new StaleAnswerError(current?.revision ?? 0);
    };
    const revision = input.expectedRevision + 1;
    if (input.expectedRevision === 0) {
      // A concurrent first save of the same item makes this insert a no-op: that one wins.
      const inserted = await tx.returnAnswer.createMany({ data: [{ ...key, ...data, revision }], skipDuplicates: true });
      if (inserted.count === 0) throw await stale();
    } else {
      const updated = await tx.returnAnswer.updateMany({
        where: { ...key, revision: input.expectedRevision },
        data: { ...data, revision: { increment: 1 } },
      });
      if (updated.count === 0) throw await stale();
    }
    await recordAnswerRevisions(tx, [{ ...key, revision, level: data.level, evidence: data.evidence, gaps: data.gaps, savedById: actor.id, savedAt }]);
    return { revision, ambition: item.ambitionNumber, changed: true };
  });
}
