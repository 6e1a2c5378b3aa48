import type { Db } from "../db/create-client";
import type { ReturnStatus } from "../generated/prisma/client";

export interface ReturnStatusEventView {
  from: ReturnStatus;
  to: ReturnStatus;
  reason: string;
  actorName: string;
  at: Date;
}

/** A return's moves between statuses, newest first (the caller has authorised reading it). */
export async function listReturnHistory(db: Db, returnId: string): Promise<ReturnStatusEventView[]> {
  const rows = await db.returnStatusEvent.findMany({
    where: { returnId },
    orderBy: [{ at: "desc" }, { id: "asc" }],
    select: { fromStatus: true, toStatus: true, reason: true, actorName: true, at: true },
  });
  return rows.map((row) => ({ from: row.fromStatus, to: row.toStatus, reason: row.reason, actorName: row.actorName, at: row.at }));
}

/** Who signed it off and when, by name, from the history; null when it has no sign-off event. */
export function latestEventTo(history: readonly ReturnStatusEventView[], status: ReturnStatus): ReturnStatusEventView | null {
  return history.find((event) => event.to === status) ?? null;
}
