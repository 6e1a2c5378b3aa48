// An improvement action raised from a return: from one or more of its items' gaps, or from one
// of its ambitions (no item). It belongs to the return's organisation, not to the return, and
// keeps the link to where it was raised; with a partner's return as its source it also keeps
// "from <partner organisation>".
import type { Actor } from "../audit/actor";
import { isUuid } from "../auth/is-uuid";
import type { Db } from "../db/create-client";
import { readDatabaseClock } from "../db/read-database-clock";
import { ForbiddenError, NotFoundError, ValidationError } from "../errors";
import { can } from "../policy/policy";
import { RETURN_ORGANISATION_SELECT } from "../returns/return-organisation-select";
import { toReturnRef } from "../returns/to-return-ref";
import { toOwnerColumns, type ActionOwner } from "./action-owner";
import { assertEligibleOwner } from "./assert-eligible-owner";
import { formatDueDate } from "./format-due-date";
import { recordActionChanges } from "./record-action-changes";
import { toActionResource } from "./to-action-resource";

export interface CreateActionInput {
  returnId: string;
  /** The items whose gaps it answers; empty when raised from the ambition as a whole. */
  itemKeys: readonly string[];
  ambitionNumber: number;
  /** A partner's return whose gap it came from. */
  sourceReturnId: string | null;
  wantTo: string;
  doThisBy: string;
  owner: ActionOwner;
  dueDate: Date;
}

export async function createAction(db: Db, input: CreateActionInput, actor: Actor): Promise<{ id: string }> {
  if (!isUuid(input.returnId)) throw new NotFoundError("The self-assessment does not exist.");
  return db.$transaction(async (tx) => {
    const stored = await tx.assessmentReturn.findUnique({
      where: { id: input.returnId },
      select: { id: true, status: true, catalogueVersionId: true, organisation: { select: RETURN_ORGANISATION_SELECT } },
    });
    const ref = stored ? toReturnRef(stored) : null;
    if (!stored || !ref || !can(actor, "return.read", { type: "return", ...ref })) throw new NotFoundError("The self-assessment does not exist.");

    const keys = [...new Set(input.itemKeys)];
    const items = keys.length
      ? await tx.catalogueItem.findMany({
          where: { catalogueVersionId: stored.catalogueVersionId, kind: "item", key: { in: keys } },
          select: { id: true, key: true, ambitionNumber: true },
        })
      : [];
    if (items.length !== keys.length) throw new NotFoundError("The item does not exist.");
    if (items.some((item) => item.ambitionNumber !== input.ambitionNumber)) {
      throw new ValidationError("ambitionNumber", "action.ambitionMismatch", "The items belong to another ambition.");
    }
    const assignments = items.length
      ? await tx.returnAssignment.findMany({ where: { returnId: stored.id, catalogueItemId: { in: items.map((item) => item.id) } } })
      : [];
    const links = items.length
      ? items.map((item) => ({ returnStatus: stored.status, assigneeIds: assignments.filter((a) => a.catalogueItemId === item.id).map((a) => a.userId) }))
      : [{ returnStatus: stored.status, assigneeIds: [] }];
    if (!can(actor, "action.create", toActionResource({ organisation: stored.organisation, ownerUserId: null, links }))) {
      throw new ForbiddenError("Not allowed to create an action here.");
    }

    if (input.sourceReturnId !== null) {
      const source = isUuid(input.sourceReturnId)
        ? await tx.assessmentReturn.findUnique({ where: { id: input.sourceReturnId }, select: { status: true, organisation: { select: RETURN_ORGANISATION_SELECT } } })
        : null;
      // A source the actor cannot read looks exactly like one that does not exist.
      if (!source || !can(actor, "return.read", { type: "return", ...toReturnRef(source) })) throw new NotFoundError("The partner's self-assessment does not exist.");
    }

    const ownerLabel = await assertEligibleOwner(tx, ref.organisation, input.owner);
    const now = await readDatabaseClock(tx);
    const created = await tx.improvementAction.create({
      data: {
        organisationId: stored.organisation.id,
        ambitionNumber: input.ambitionNumber,
        wantTo: input.wantTo.trim(),
        doThisBy: input.doThisBy.trim(),
        ...toOwnerColumns(input.owner),
        dueDate: input.dueDate,
        sourceReturnId: input.sourceReturnId,
        createdById: actor.id,
        createdAt: now,
        items: {
          create: items.length
            ? items.map((item) => ({ returnId: stored.id, catalogueItemId: item.id, createdAt: now }))
            : [{ returnId: stored.id, catalogueItemId: null, createdAt: now }],
        },
      },
      select: { id: true },
    });
    await recordActionChanges(tx, {
      actionId: created.id,
      actor,
      at: now,
      changes: [{ field: "created", before: "", after: `${input.wantTo.trim()} (owner ${ownerLabel}, due ${formatDueDate(input.dueDate)})` }],
    });
    return created;
  });
}
