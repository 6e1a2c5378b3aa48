import type { Db, TransactionClient } from "../db/create-client";
import { isUuid } from "../auth/is-uuid";
import { RETURN_ORGANISATION_SELECT } from "../returns/return-organisation-select";
import type { ImprovementActionResource } from "../policy/policy";
import { toActionResource } from "./to-action-resource";

/**
 * An action's row and the policy's view of it (its organisation, owner, and each linked
 * return's status with the linked item's assignees there), or null for an unknown id.
 * With `lock`, the row is locked FOR UPDATE first, so two changes queue instead of racing.
 */
export async function loadActionForPolicy(
  db: Db | TransactionClient,
  id: string,
  options: { lock?: boolean } = {},
): Promise<{ id: string; version: number; organisationId: string; resource: ImprovementActionResource } | null> {
  if (!isUuid(id)) return null;
  if (options.lock) await db.$queryRaw`SELECT id FROM improvement_action WHERE id = ${id}::uuid FOR UPDATE`;
  const row = await db.improvementAction.findUnique({
    where: { id },
    select: {
      id: true,
      version: true,
      ownerUserId: true,
      organisation: { select: RETURN_ORGANISATION_SELECT },
      items: { select: { returnId: true, catalogueItemId: true, return: { select: { status: true } } } },
    },
  });
  if (!row) return null;
  const itemLinks = row.items.filter((link) => link.catalogueItemId !== null);
  const assignments = itemLinks.length
    ? await db.returnAssignment.findMany({
        where: { OR: itemLinks.map((link) => ({ returnId: link.returnId, catalogueItemId: link.catalogueItemId! })) },
        select: { returnId: true, catalogueItemId: true, userId: true },
      })
    : [];
  const links = row.items.map((link) => ({
    returnStatus: link.return.status,
    assigneeIds: assignments.filter((a) => a.returnId === link.returnId && a.catalogueItemId === link.catalogueItemId).map((a) => a.userId),
  }));
  return {
    id: row.id,
    version: row.version,
    organisationId: row.organisation.id,
    resource: toActionResource({ organisation: row.organisation, ownerUserId: row.ownerUserId, links }),
  };
}
