import type { Actor } from "../audit/actor";
import { can } from "../auth/policy";
import type { Db } from "../db/create-client";
import { ForbiddenError, NotFoundError, ReturnStateError, ValidationError } from "../errors";
import { ASSIGNABLE_ROLES } from "./assignable-roles";
import { lockReturn } from "./lock-return";

/**
 * Sets who an item of a draft return is assigned to (an empty list: unassigned, so any
 * contributor of the organisation may edit it). Everyone assigned must be a contributor or
 * clinical lead of the return's organisation; one who is not refuses the whole change.
 */
export async function assignItem(
  db: Db,
  input: { returnId: string; itemKey: string; userIds: readonly string[] },
  actor: Actor,
): Promise<void> {
  await db.$transaction(async (tx) => {
    const stored = await lockReturn(tx, input.returnId, actor, "update");
    if (stored.status !== "draft") throw new ReturnStateError(stored.status, "The return is no longer a draft.");
    if (!can(actor, "return.assign", { type: "return", ...stored.ref })) throw new ForbiddenError("Not allowed to assign items.");
    const item = await tx.catalogueItem.findUnique({
      where: { catalogueVersionId_key: { catalogueVersionId: stored.catalogueVersionId, key: input.itemKey } },
      select: { id: true, kind: true },
    });
    if (!item || item.kind !== "item") throw new NotFoundError(`The return has no item ${input.itemKey}.`);
    const userIds = [...new Set(input.userIds)];
    const eligible = await tx.membership.findMany({
      where: { organisationId: stored.organisation.id, role: { in: [...ASSIGNABLE_ROLES] }, userId: { in: userIds }, user: { disabledAt: null } },
      select: { userId: true },
    });
    const eligibleIds = new Set(eligible.map((row) => row.userId));
    if (userIds.some((id) => !eligibleIds.has(id))) {
      throw new ValidationError("assignees", "assignee.notEligible", "Items can only be assigned to contributors and clinical leads of the return's organisation.");
    }
    await tx.returnAssignment.deleteMany({ where: { returnId: stored.id, catalogueItemId: item.id } });
    if (userIds.length) {
      await tx.returnAssignment.createMany({ data: userIds.map((userId) => ({ returnId: stored.id, catalogueItemId: item.id, userId })) });
    }
  });
}
