// The plan's headline per ambition for the dashboard and the board paper: actions open, of those
// overdue, and done since the last published return (since its submission).
import type { Db } from "../db/create-client";
import type { OrgRef, PolicyUser } from "../policy/policy";
import { AMBITION_NUMBERS, OPEN_ACTION_STATUSES } from "./action-rules";
import { readableActionFilter } from "./readable-action-filter";

export interface AmbitionActionCounts {
  ambition: number;
  open: number;
  overdue: number;
  doneSince: number;
}

export async function countActionsByAmbition(
  db: Db,
  reader: PolicyUser,
  organisation: OrgRef,
  input: { today: Date; since: Date | null },
): Promise<AmbitionActionCounts[]> {
  const readable = readableActionFilter(reader, organisation);
  const open = { status: { in: [...OPEN_ACTION_STATUSES] } };
  const [openRows, overdueRows, doneRows] = await Promise.all([
    db.improvementAction.groupBy({ by: ["ambitionNumber"], where: { AND: [readable, open] }, _count: { _all: true } }),
    db.improvementAction.groupBy({ by: ["ambitionNumber"], where: { AND: [readable, open, { dueDate: { lt: input.today } }] }, _count: { _all: true } }),
    db.improvementAction.groupBy({
      by: ["ambitionNumber"],
      where: { AND: [readable, { status: "done" }, ...(input.since ? [{ doneAt: { gt: input.since } }] : [])] },
      _count: { _all: true },
    }),
  ]);
  const count = (rows: { ambitionNumber: number; _count: { _all: number } }[], ambition: number) =>
    rows.find((row) => row.ambitionNumber === ambition)?._count._all ?? 0;
  return AMBITION_NUMBERS.map((ambition) => ({
    ambition,
    open: count(openRows, ambition),
    overdue: count(overdueRows, ambition),
    doneSince: count(doneRows, ambition),
  }));
}
