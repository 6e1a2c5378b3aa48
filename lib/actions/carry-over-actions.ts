// A refresh carries the organisation's open actions over: each open action linked to the source
// return is linked to the new return too, item for item by key (an ambition-level link as an
// ambition-level link). Done and dropped actions stay with the returns they were raised from.
import type { TransactionClient } from "../db/create-client";
import type { Prisma } from "../generated/prisma/client";
import { OPEN_ACTION_STATUSES } from "./action-rules";
import { recordActionChanges } from "./record-action-changes";

export async function carryOverActions(
  tx: TransactionClient,
  input: { sourceReturnId: string; targetReturnId: string; targetCatalogueVersionId: string; targetTitle: string; at: Date },
  actor: { id: string; email: string },
): Promise<number> {
  const links = await tx.improvementActionItem.findMany({
    where: { returnId: input.sourceReturnId, action: { status: { in: [...OPEN_ACTION_STATUSES] } } },
    select: { actionId: true, catalogueItem: { select: { key: true } } },
  });
  if (links.length === 0) return 0;
  const keys = [...new Set(links.flatMap((link) => (link.catalogueItem ? [link.catalogueItem.key] : [])))];
  const targets = keys.length
    ? await tx.catalogueItem.findMany({ where: { catalogueVersionId: input.targetCatalogueVersionId, kind: "item", key: { in: keys } }, select: { id: true, key: true } })
    : [];
  const targetByKey = new Map(targets.map((item) => [item.key, item.id]));
  const data = links.flatMap((link): Prisma.ImprovementActionItemCreateManyInput[] => {
    if (!link.catalogueItem) return [{ actionId: link.actionId, returnId: input.targetReturnId, catalogueItemId: null, createdAt: input.at }];
    const target = targetByKey.get(link.catalogueItem.key);
    // An item the new version no longer asks: the action stays linked to the old return only.
    return target ? [{ actionId: link.actionId, returnId: input.targetReturnId, catalogueItemId: target, createdAt: input.at }] : [];
  });
  await tx.improvementActionItem.createMany({ data, skipDuplicates: true });
  const carried = [...new Set(data.map((row) => row.actionId))];
  for (const actionId of carried) {
    await recordActionChanges(tx, { actionId, actor, at: input.at, changes: [{ field: "items", before: "", after: input.targetTitle }] });
  }
  return carried.length;
}
