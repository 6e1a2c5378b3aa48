import type { Actor } from "../audit/actor";
import { can } from "../policy/policy";
import type { Db } from "../db/create-client";
import { ForbiddenError, NotFoundError, ReturnStateError, ValidationError } from "../errors";
import { ASSIGNABLE_ROLES } from "../policy/policy";
import { lockReturn } from "./lock-return";

/**
 * Sets who items of a draft return are assigned to (one item, or a whole section at once; an
 * empty list: unassigned, so any contributor of the organisation may edit them). Everyone
 * assigned must be a contributor or clinical lead of the return's organisation; one who is not,
 * or one key that is not a rated item, refuses the whole change.
 */
export async function assignItems(
  db: Db,
  input: { returnId: string; itemKeys: readonly string[]; userIds: readonly string[] },
  actor: Actor,
): Promise<void> {
  await db.$transaction(async (tx) => {
    const stored = await lockReturn(tx, input.returnId, actor, "update");
    if (stored.status !== "draft") throw new ReturnStateError(stored.status, "The return is no longer a draft.");
    if (!can(actor, "return.assign", { type: "return", ...stored.ref })) throw new ForbiddenError("Not allowed to assign items.");
    const keys = [...new Set(input.itemKeys)];
    const items = await tx.catalogueItem.findMany({
      where: { catalogueVersionId: stored.catalogueVersionId, key: { in: keys }, kind: "item" },
      select: { id: true, key: true },
    });
    const missing = keys.find((key) => !items.some((item) => item.key === key));
    if (missing !== undefined || keys.length === 0) throw new NotFoundError(`The return has no item ${missing ?? "(none given)"}.`);
    const itemIds = items.map((item) => item.id);
    const userIds = [...new Set(input.userIds)];
    const eligible = await tx.membership.findMany({
      where: { organisationId: stored.organisation.id, role: { in: [...ASSIGNABLE_ROLES] }, userId: { in: userIds }, user: { disabledAt: null } },
      select: { userId: true },
    });
    const eligibleIds = new Set(eligible.map((row) => row.userId));
    if (userIds.some((id) => !eligibleIds.has(id))) {
      throw new ValidationError("assignees", "assignee.notEligible", "Items can only be assigned to contributors and clinical leads of the return's organisation.");
    }
    await tx.returnAssignment.deleteMany({ where: { returnId: stored.id, catalogueItemId: { in: itemIds } } });
    if (userIds.length) {
      await tx.returnAssignment.createMany({
        data: itemIds.flatMap((catalogueItemId) => userIds.map((userId) => ({ returnId: stored.id, catalogueItemId, userId }))),
      });
    }
  });
}
