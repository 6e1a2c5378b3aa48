// Returns that an organisation had published and has since taken back to draft, with why: the
// note a dashboard and the regional comparison carry while they fall back on the organisation's
// previous published return (listPublishedReturns leaves drafts out, so the fallback is automatic).
import type { Db } from "../db/create-client";
import type { Prisma } from "../generated/prisma/client";

export interface ReturnedToDraft {
  returnId: string;
  title: string;
  organisationId: string;
  organisationName: string;
  at: Date;
  actorName: string;
  reason: string;
}

/**
 * The drafts of the organisations matching `organisation` whose latest move was back to draft
 * from submitted or signed off, newest first. Only what the organisation had put its name to is
 * named, so readers of its published returns learn nothing about drafts never submitted.
 */
export async function listReturnedToDraft(db: Db, organisation: Prisma.OrganisationWhereInput): Promise<ReturnedToDraft[]> {
  const events = await db.returnStatusEvent.findMany({
    where: { toStatus: "draft", fromStatus: { in: ["submitted", "signed_off"] }, return: { status: "draft", organisation } },
    orderBy: [{ at: "desc" }, { id: "asc" }],
    select: {
      returnId: true,
      at: true,
      actorName: true,
      reason: true,
      return: { select: { title: true, organisationId: true, organisation: { select: { name: true } } } },
    },
  });
  const seen = new Set<string>();
  const result: ReturnedToDraft[] = [];
  for (const event of events) {
    // A return reopened twice: its latest reason is the one that stands.
    if (seen.has(event.returnId)) continue;
    seen.add(event.returnId);
    result.push({
      returnId: event.returnId,
      title: event.return.title,
      organisationId: event.return.organisationId,
      organisationName: event.return.organisation.name,
      at: event.at,
      actorName: event.actorName,
      reason: event.reason,
    });
  }
  return result;
}
