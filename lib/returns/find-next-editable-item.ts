import type { Actor } from "../audit/actor";
import type { Db } from "../db/create-client";
import { can, type ReturnRef } from "../policy/policy";

/**
 * The key of the first item after `afterKey`, in catalogue order, that `actor` may edit in this
 * return (assigned to them or to nobody, as the policy says), or null after the last: where
 * "Save and go to the next item" goes. One query for the items that follow and their assignees.
 */
export async function findNextEditableItem(
  db: Db,
  input: { returnId: string; catalogueVersionId: string; ref: ReturnRef; afterKey: string },
  actor: Actor,
): Promise<string | null> {
  const rows = await db.$queryRaw<{ key: string; assignee_ids: string[] }[]>`
    SELECT i.key,
           ARRAY(SELECT a.user_id::text FROM return_assignment a WHERE a.return_id = ${input.returnId}::uuid AND a.catalogue_item_id = i.id) AS assignee_ids
      FROM catalogue_item i
     WHERE i.catalogue_version_id = ${input.catalogueVersionId} AND i.kind = 'item'
       AND i.position > (SELECT c.position FROM catalogue_item c WHERE c.catalogue_version_id = ${input.catalogueVersionId} AND c.key = ${input.afterKey})
     ORDER BY i.position`;
  const next = rows.find((row) => can(actor, "return.item.edit", { type: "returnItem", return: input.ref, assigneeIds: row.assignee_ids }));
  return next?.key ?? null;
}
