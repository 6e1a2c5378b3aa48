// An organisation's improvement plan: its actions the reader may read, filtered by ambition,
// owner, status and due date, soonest due first, each with the gap it came from.
import { isUuid } from "../auth/is-uuid";
import type { Db } from "../db/create-client";
import { ForbiddenError } from "../errors";
import type { ActionStatus, Prisma } from "../generated/prisma/client";
import { can, type OrgRef, type PolicyUser } from "../policy/policy";
import { RETURN_ORGANISATION_SELECT } from "../returns/return-organisation-select";
import { OPEN_ACTION_STATUSES } from "./action-rules";
import { dueSoonLimit, isOverdue } from "./action-due";
import { describeActionOrigins, type ActionOrigin } from "./describe-action-origins";
import { ownerLabel } from "./owner-label";
import { readableActionFilter } from "./readable-action-filter";

export interface ActionFilters {
  ambition?: number;
  /** "user:<id>" or "name:<organisation>". */
  owner?: string;
  status?: ActionStatus;
  due?: "overdue" | "soon";
}

export interface ActionListRow {
  id: string;
  ambitionNumber: number;
  wantTo: string;
  doThisBy: string;
  owner: string;
  ownerKey: string;
  dueDate: Date;
  status: ActionStatus;
  updateNote: string;
  overdue: boolean;
  origin: ActionOrigin;
}

export const ACTION_LIST_SELECT = {
  id: true,
  ambitionNumber: true,
  wantTo: true,
  doThisBy: true,
  ownerUserId: true,
  ownerName: true,
  ownerUser: { select: { name: true, email: true } },
  dueDate: true,
  status: true,
  updateNote: true,
  sourceReturn: { select: { id: true, status: true, organisation: { select: RETURN_ORGANISATION_SELECT } } },
  items: {
    orderBy: { createdAt: "asc" },
    select: {
      returnId: true,
      return: { select: { title: true, status: true, organisation: { select: RETURN_ORGANISATION_SELECT } } },
      catalogueItem: { select: { id: true, key: true, number: true, text: true } },
    },
  },
} as const satisfies Prisma.ImprovementActionSelect;

export function ownerKeyOf(row: { ownerUserId: string | null; ownerName: string | null }): string {
  return row.ownerUserId ? `user:${row.ownerUserId}` : `name:${row.ownerName ?? ""}`;
}

function filterWhere(filters: ActionFilters, today: Date): Prisma.ImprovementActionWhereInput[] {
  const where: Prisma.ImprovementActionWhereInput[] = [];
  if (filters.ambition) where.push({ ambitionNumber: filters.ambition });
  // A made-up owner id matches nobody (rather than failing the uuid column).
  if (filters.owner?.startsWith("user:")) where.push(isUuid(filters.owner.slice(5)) ? { ownerUserId: filters.owner.slice(5) } : { id: { in: [] } });
  else if (filters.owner?.startsWith("name:")) where.push({ ownerName: filters.owner.slice(5) });
  if (filters.status) where.push({ status: filters.status });
  if (filters.due === "overdue") where.push({ status: { in: [...OPEN_ACTION_STATUSES] }, dueDate: { lt: today } });
  if (filters.due === "soon") where.push({ status: { in: [...OPEN_ACTION_STATUSES] }, dueDate: { gte: today, lte: dueSoonLimit(today) } });
  return where;
}

export async function listActions(
  db: Db,
  reader: PolicyUser,
  organisation: OrgRef,
  filters: ActionFilters,
  today: Date,
): Promise<{ rows: ActionListRow[]; owners: { key: string; label: string }[] }> {
  if (!can(reader, "plan.read", { type: "organisation", organisation })) throw new ForbiddenError("Not allowed to read this plan.");
  const readable = readableActionFilter(reader, organisation);
  const [rows, owners] = await Promise.all([
    db.improvementAction.findMany({
      where: { AND: [readable, ...filterWhere(filters, today)] },
      select: ACTION_LIST_SELECT,
      orderBy: [{ dueDate: "asc" }, { createdAt: "asc" }, { id: "asc" }],
    }),
    db.improvementAction.findMany({
      where: readable,
      distinct: ["ownerUserId", "ownerName"],
      select: { ownerUserId: true, ownerName: true, ownerUser: { select: { name: true, email: true } } },
    }),
  ]);
  const origins = await describeActionOrigins(
    db,
    reader,
    rows.map((row) => ({ id: row.id, ambitionNumber: row.ambitionNumber, links: row.items, sourceReturn: row.sourceReturn })),
  );
  return {
    rows: rows.map((row) => ({
      id: row.id,
      ambitionNumber: row.ambitionNumber,
      wantTo: row.wantTo,
      doThisBy: row.doThisBy,
      owner: ownerLabel(row),
      ownerKey: ownerKeyOf(row),
      dueDate: row.dueDate,
      status: row.status,
      updateNote: row.updateNote,
      overdue: isOverdue(row, today),
      origin: origins.get(row.id)!,
    })),
    owners: owners
      .map((owner) => ({ key: ownerKeyOf(owner), label: ownerLabel(owner) }))
      .sort((a, b) => a.label.localeCompare(b.label, "en-GB")),
  };
}
