// One action for its page: what it commits to, where it came from, and what the reader may do
// with it. Null when it does not exist or the reader may not read it (both answer 404).
import type { Db } from "../db/create-client";
import type { ActionStatus } from "../generated/prisma/client";
import { can, type ImprovementActionResource, type PolicyUser } from "../policy/policy";
import { describeActionOrigins, type ActionOrigin } from "./describe-action-origins";
import { ACTION_LIST_SELECT, ownerKeyOf } from "./list-actions";
import { loadActionForPolicy } from "./load-action-for-policy";
import { ownerLabel } from "./owner-label";
import { toReturnRef } from "../returns/to-return-ref";

export interface ActionView {
  id: string;
  version: number;
  organisation: { id: string; name: string };
  resource: ImprovementActionResource;
  ambitionNumber: number;
  wantTo: string;
  doThisBy: string;
  owner: string;
  ownerKey: string;
  ownerUserId: string | null;
  ownerName: string | null;
  dueDate: Date;
  status: ActionStatus;
  updateNote: string;
  createdAt: Date;
  createdByName: string | null;
  origin: ActionOrigin;
  /** Every return the action is linked to that the reader may read, first raised first. */
  links: { returnId: string; returnTitle: string; itemKey: string | null; itemNumber: string | null }[];
  may: { edit: boolean; updateStatus: boolean };
}

export async function getAction(db: Db, id: string, reader: PolicyUser): Promise<ActionView | null> {
  const loaded = await loadActionForPolicy(db, id);
  if (!loaded || !can(reader, "action.read", loaded.resource)) return null;
  const row = await db.improvementAction.findUnique({
    where: { id: loaded.id },
    select: {
      ...ACTION_LIST_SELECT,
      version: true,
      createdAt: true,
      createdBy: { select: { name: true } },
      organisation: { select: { id: true, name: true } },
    },
  });
  if (!row) return null;
  const origins = await describeActionOrigins(db, reader, [{ id: row.id, ambitionNumber: row.ambitionNumber, links: row.items, sourceReturn: row.sourceReturn }]);
  const readableLinks = row.items.filter((link) => can(reader, "return.read", { type: "return", ...toReturnRef(link.return) }));
  return {
    id: row.id,
    version: row.version,
    organisation: row.organisation,
    resource: loaded.resource,
    ambitionNumber: row.ambitionNumber,
    wantTo: row.wantTo,
    doThisBy: row.doThisBy,
    owner: ownerLabel(row),
    ownerKey: ownerKeyOf(row),
    ownerUserId: row.ownerUserId,
    ownerName: row.ownerName,
    dueDate: row.dueDate,
    status: row.status,
    updateNote: row.updateNote,
    createdAt: row.createdAt,
    createdByName: row.createdBy?.name ?? null,
    origin: origins.get(row.id)!,
    links: readableLinks.map((link) => ({
      returnId: link.returnId,
      returnTitle: link.return.title,
      itemKey: link.catalogueItem?.key ?? null,
      itemNumber: link.catalogueItem?.number ?? null,
    })),
    may: { edit: can(reader, "action.edit", loaded.resource), updateStatus: can(reader, "action.updateStatus", loaded.resource) },
  };
}
