// The audit log as administrators read it: newest first, a page at a time, filtered by what
// happened, how it ended and who did it. Newest first is by id, which the indexes on
// (action, id) and (outcome, id) serve for either filter.
import { can } from "../policy/policy";
import type { PolicyUser } from "../policy/policy";
import type { Db } from "../db/create-client";
import { ForbiddenError } from "../errors";
import type { Prisma } from "../generated/prisma/client";
import { copy } from "../copy/en";
import type { AuditEventNames } from "./describe-audit-event";

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
  /** The names behind the ids, for the sentence (describeAuditEvent). */
  names: AuditEventNames;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function detailId(details: unknown, key: string): string | null {
  if (typeof details !== "object" || details === null) return null;
  const value = (details as Record<string, unknown>)[key];
  return typeof value === "string" && UUID.test(value) ? value : null;
}

type Row = { actorId: string | null; targetType: string | null; targetId: string | null; details: unknown };

/** One query per kind of name, for the whole page: the people, organisations, returns and catalogue versions its rows name. */
async function lookUpNames(db: Db, rows: readonly Row[]): Promise<(row: Row) => AuditEventNames> {
  const idsOf = (type: string) => rows.flatMap((row) => (row.targetType === type && row.targetId && UUID.test(row.targetId) ? [row.targetId] : []));
  const userIds = new Set([
    ...rows.flatMap((row) => (row.actorId ? [row.actorId] : [])),
    ...idsOf("user"),
    ...rows.flatMap((row) => detailId(row.details, "userId") ?? []),
  ]);
  const organisationIds = new Set([...idsOf("organisation"), ...rows.flatMap((row) => detailId(row.details, "organisationId") ?? [])]);
  const returnIds = new Set(idsOf("return"));
  const catalogueIds = new Set(rows.flatMap((row) => (row.targetType === "catalogue_version" && row.targetId ? [row.targetId] : [])));
  const [users, organisations, returns, catalogues] = await Promise.all([
    userIds.size ? db.user.findMany({ where: { id: { in: [...userIds] } }, select: { id: true, name: true } }) : [],
    organisationIds.size ? db.organisation.findMany({ where: { id: { in: [...organisationIds] } }, select: { id: true, name: true } }) : [],
    returnIds.size
      ? db.assessmentReturn.findMany({ where: { id: { in: [...returnIds] } }, select: { id: true, title: true, organisation: { select: { name: true } } } })
      : [],
    catalogueIds.size ? db.catalogueVersion.findMany({ where: { id: { in: [...catalogueIds] } }, select: { id: true, title: true } }) : [],
  ]);
  const userName = new Map(users.map((user) => [user.id, user.name]));
  const organisationName = new Map(organisations.map((organisation) => [organisation.id, organisation.name]));
  const returnName = new Map(returns.map((row) => [row.id, copy.audit.returnLabel(row.title, row.organisation.name)]));
  const catalogueTitle = new Map(catalogues.map((catalogue) => [catalogue.id, catalogue.title]));
  const targets: Record<string, Map<string, string>> = { user: userName, organisation: organisationName, return: returnName, catalogue_version: catalogueTitle };
  return (row) => {
    const userId = detailId(row.details, "userId");
    const organisationId = detailId(row.details, "organisationId");
    return {
      actor: (row.actorId && userName.get(row.actorId)) || null,
      target: (row.targetType && row.targetId && targets[row.targetType]?.get(row.targetId)) || null,
      organisation: (organisationId && organisationName.get(organisationId)) || null,
      user: (userId && userName.get(userId)) || null,
    };
  };
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
  const namesOf = await lookUpNames(db, page);
  return {
    events: page.map(({ bucket: _bucket, ...row }) => ({ ...row, id: row.id.toString(), names: namesOf(row) })),
    nextBefore: rows.length > AUDIT_PAGE_SIZE ? page[page.length - 1]!.id.toString() : null,
  };
}
