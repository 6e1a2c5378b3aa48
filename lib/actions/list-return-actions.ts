import type { Db } from "../db/create-client";
import type { ActionStatus } from "../generated/prisma/client";
import type { OrgRef, PolicyUser } from "../policy/policy";
import { readableActionFilter } from "./readable-action-filter";

/**
 * The actions linked to a return (to one of its items, or to one of its ambitions), that the
 * reader may read: a signed-off return still shows the actions raised from it.
 */
export async function listReturnActions(
  db: Db,
  reader: PolicyUser,
  input: { organisation: OrgRef; returnId: string; itemKey?: string; ambitionNumber?: number },
): Promise<{ id: string; wantTo: string; status: ActionStatus; dueDate: Date }[]> {
  return db.improvementAction.findMany({
    where: {
      AND: [
        readableActionFilter(reader, input.organisation),
        input.ambitionNumber ? { ambitionNumber: input.ambitionNumber } : {},
        { items: { some: { returnId: input.returnId, ...(input.itemKey ? { catalogueItem: { key: input.itemKey } } : {}) } } },
      ],
    },
    select: { id: true, wantTo: true, status: true, dueDate: true },
    orderBy: [{ dueDate: "asc" }, { id: "asc" }],
  });
}
