// The audit log as administrators read it: newest first, a page at a time, filtered by what
// happened, how it ended and who did it. Newest first is by id, which the indexes on
// (action, id) and (outcome, id) serve for either filter.
import { can } from "../policy/policy";
import type { PolicyUser } from "../policy/policy";
import type { Db } from "../db/create-client";
import { ForbiddenError } from "../errors";
import type { Prisma } from "../generated/prisma/client";

export const AUDIT_PAGE_SIZE = 50;

export interface AuditFilter {
  action?: string;
  outcome?: string;
  /** Part of the actor's email address, any case. */
  actor?: string;
  /** Only events older than this event id (the next page). */
  before?: bigint;
}

export interface AuditEventView {
  id: string;
  at: Date;
  action: string;
  outcome: string;
  actorEmail: string | null;
  targetType: string | null;
  targetId: string | null;
  ip: string | null;
  details: unknown;
  /** How many times it happened: more than 1 only for events counted a minute at a time. */
  occurrences: number;
  /** The latest of those times, for a counted event. */
  lastAt: Date | null;
}

export async function listAuditEvents(db: Db, user: PolicyUser, filter: AuditFilter): Promise<{ events: AuditEventView[]; nextBefore: string | null }> {
  if (!can(user, "audit.read", { type: "system" })) throw new ForbiddenError("Not allowed to read the audit log.");
  const where: Prisma.AuditEventWhereInput = {
    ...(filter.action ? { action: filter.action } : {}),
    ...(filter.outcome ? { outcome: filter.outcome } : {}),
    ...(filter.actor ? { actorEmail: { contains: filter.actor, mode: "insensitive" } } : {}),
    ...(filter.before !== undefined ? { id: { lt: filter.before } } : {}),
  };
  const rows = await db.auditEvent.findMany({ where, orderBy: { id: "desc" }, take: AUDIT_PAGE_SIZE + 1 });
  const page = rows.slice(0, AUDIT_PAGE_SIZE);
  return {
    events: page.map(({ bucket: _bucket, ...row }) => ({ ...row, id: row.id.toString() })),
    nextBefore: rows.length > AUDIT_PAGE_SIZE ? page[page.length - 1]!.id.toString() : null,
  };
}
