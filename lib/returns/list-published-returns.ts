// Submitted and signed-off returns with their answers, for the pages that read what
// organisations have put their name to (a region's comparison, an organisation's dashboard).
// Drafts never appear, whoever asks; and only returns `user` may read, by the policy's own
// filter in the query.
import { PUBLISHED_STATUSES, type PolicyUser } from "../policy/policy";
import type { Db } from "../db/create-client";
import type { Prisma, ReturnStatus } from "../generated/prisma/client";
import { buildReadableReturnFilter } from "./build-readable-return-filter";


export interface PublishedAnswer {
  level: number | null;
  evidence: string;
  gaps: string;
}

/** What a page says about a published return besides its answers. */
export interface PublishedReturnHeader {
  id: string;
  title: string;
  status: ReturnStatus;
  /** When it was submitted: what "latest" is judged by. */
  submittedAt: Date;
  signedOffAt: Date | null;
  catalogueVersionId: string;
}

export interface PublishedReturn extends PublishedReturnHeader {
  organisationId: string;
  /** By catalogue item key; an item with no entry is not rated. */
  answers: ReadonlyMap<string, PublishedAnswer>;
}

/** The header of a published return, without its answers (for what a page keeps of it). */
export function publishedReturnHeader(row: PublishedReturn): PublishedReturnHeader {
  const { id, title, status, submittedAt, signedOffAt, catalogueVersionId } = row;
  return { id, title, status, submittedAt, signedOffAt, catalogueVersionId };
}

/**
 * The published returns of the organisations matching `organisation`, newest submission first.
 * With `latestPerOrganisation`, only each organisation's newest.
 */
export async function listPublishedReturns(
  db: Db,
  user: PolicyUser,
  organisation: Prisma.OrganisationWhereInput,
  options: { latestPerOrganisation?: boolean } = {},
): Promise<PublishedReturn[]> {
  const where: Prisma.AssessmentReturnWhereInput = {
    AND: [buildReadableReturnFilter(user), { status: { in: [...PUBLISHED_STATUSES] }, submittedAt: { not: null } }, { organisation }],
  };
  const order: Prisma.AssessmentReturnOrderByWithRelationInput[] = [{ submittedAt: "desc" }, { id: "asc" }];
  let ids: string[] | undefined;
  if (options.latestPerOrganisation) {
    // Ids first, so only the returns shown have their answers loaded.
    const rows = await db.assessmentReturn.findMany({ where, orderBy: order, select: { id: true, organisationId: true } });
    const latest = new Map<string, string>();
    for (const row of rows) if (!latest.has(row.organisationId)) latest.set(row.organisationId, row.id);
    ids = [...latest.values()];
  }
  const rows = await db.assessmentReturn.findMany({
    where: ids ? { id: { in: ids } } : where,
    orderBy: order,
    select: {
      id: true,
      organisationId: true,
      title: true,
      status: true,
      submittedAt: true,
      signedOffAt: true,
      catalogueVersionId: true,
      answers: { select: { level: true, evidence: true, gaps: true, catalogueItem: { select: { key: true } } } },
    },
  });
  return rows.map(({ answers, submittedAt, ...row }) => ({
    ...row,
    submittedAt: submittedAt!,
    answers: new Map(answers.map(({ catalogueItem, ...answer }) => [catalogueItem.key, answer])),
  }));
}
