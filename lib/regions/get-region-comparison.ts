// What a regional lead compares: every ICB of the region with its latest published
// self-assessment (submitted or signed off), scored as its own front sheet scores it.
// Drafts never appear, whoever asks: a comparison is of what ICBs have put their name to.
import type { PolicyUser } from "../auth/policy";
import { getCatalogueVersion, type CatalogueVersionView } from "../catalogue/get-catalogue-version";
import type { Db } from "../db/create-client";
import type { ReturnStatus } from "../generated/prisma/client";
import { buildReadableReturnFilter } from "../returns/build-readable-return-filter";
import { scoreStoredReturn } from "../returns/score-stored-return";
import type { ReturnScore } from "../scoring";

const PUBLISHED: ReturnStatus[] = ["submitted", "signed_off"];

export interface ComparedReturn {
  id: string;
  title: string;
  status: ReturnStatus;
  /** When it was submitted: what "latest" is judged by. */
  submittedAt: Date;
  signedOffAt: Date | null;
  catalogueVersionId: string;
  score: ReturnScore;
  /** Levels by catalogue item key; an item with no entry is not rated. */
  levels: ReadonlyMap<string, number | null>;
}

export interface IcbComparison {
  icb: { id: string; name: string };
  /** null: the ICB has published nothing yet. */
  latest: ComparedReturn | null;
}

export interface RegionComparison {
  region: { id: string; name: string };
  /** Every ICB of the region, by name. */
  icbs: IcbComparison[];
  /** The catalogue versions the compared returns use, by id. */
  catalogues: ReadonlyMap<string, CatalogueVersionView>;
}

/**
 * The comparison of the region `regionId`, or null when there is no such region. Only returns
 * `user` may read are considered (the policy's own filter, in the query), so a caller that
 * forgot to authorise would still show nothing it should not.
 */
export async function getRegionComparison(db: Db, user: PolicyUser, regionId: string): Promise<RegionComparison | null> {
  const region = await db.organisation.findFirst({ where: { id: regionId, kind: "region" }, select: { id: true, name: true } });
  if (!region) return null;
  const icbs = await db.organisation.findMany({
    where: { kind: "icb", regionId: region.id },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    select: { id: true, name: true },
  });
  // Newest first, so the first row seen for each ICB is its latest. Only the ICB's own returns:
  // a place's or a hospice's return is not the ICB's self-assessment.
  const published = await db.assessmentReturn.findMany({
    where: {
      AND: [
        buildReadableReturnFilter(user),
        { status: { in: PUBLISHED }, submittedAt: { not: null } },
        { organisation: { kind: "icb", regionId: region.id } },
      ],
    },
    orderBy: [{ submittedAt: "desc" }, { id: "asc" }],
    select: { id: true, organisationId: true },
  });
  const latestIds = new Map<string, string>();
  for (const row of published) if (!latestIds.has(row.organisationId)) latestIds.set(row.organisationId, row.id);

  const rows = await db.assessmentReturn.findMany({
    where: { id: { in: [...latestIds.values()] } },
    select: {
      id: true,
      organisationId: true,
      title: true,
      status: true,
      submittedAt: true,
      signedOffAt: true,
      catalogueVersionId: true,
      answers: { select: { level: true, catalogueItem: { select: { key: true } } } },
    },
  });

  const catalogues = new Map<string, CatalogueVersionView>();
  for (const versionId of new Set(rows.map((row) => row.catalogueVersionId))) {
    const catalogue = await getCatalogueVersion(db, versionId);
    if (!catalogue) throw new Error(`Catalogue version ${versionId} is referenced by a return but missing.`);
    catalogues.set(versionId, catalogue);
  }

  const byIcb = new Map<string, ComparedReturn>();
  for (const row of rows) {
    const levels = new Map<string, number | null>(row.answers.map((answer) => [answer.catalogueItem.key, answer.level]));
    const catalogue = catalogues.get(row.catalogueVersionId)!;
    byIcb.set(row.organisationId, {
      id: row.id,
      title: row.title,
      status: row.status,
      submittedAt: row.submittedAt!,
      signedOffAt: row.signedOffAt,
      catalogueVersionId: row.catalogueVersionId,
      score: scoreStoredReturn(catalogue, { answers: new Map(row.answers.map((answer) => [answer.catalogueItem.key, answer])) }),
      levels,
    });
  }

  return {
    region,
    icbs: icbs.map((icb) => ({ icb, latest: byIcb.get(icb.id) ?? null })),
    catalogues,
  };
}
