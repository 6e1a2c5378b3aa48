// What a regional lead compares: every ICB of the region with its latest published
// self-assessment (submitted or signed off), scored as its own front sheet scores it.
// Drafts never appear, whoever asks: a comparison is of what ICBs have put their name to.
import type { PolicyUser } from "../policy/policy";
import type { CatalogueVersionView } from "../catalogue/get-catalogue-version";
import { loadCatalogueVersions } from "../catalogue/load-catalogue-versions";
import type { Db } from "../db/create-client";
import { listPublishedReturns, publishedReturnHeader, type PublishedReturnHeader } from "../returns/list-published-returns";
import { scoreStoredReturn } from "../returns/score-stored-return";
import type { ReturnScore } from "../scoring";

export interface ComparedReturn extends PublishedReturnHeader {
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
  /** The version the region is compared on (today's default): its ambitions and items are the rows. */
  catalogue: CatalogueVersionView;
  /** Every catalogue version the compared returns use, and the comparison's, by id. */
  catalogues: ReadonlyMap<string, CatalogueVersionView>;
}

/**
 * The comparison of the region `regionId`, or null when there is no such region (or no
 * catalogue to compare on). Only returns
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
  // Only the ICB's own returns: a place's or a hospice's return is not the ICB's self-assessment.
  const latest = await listPublishedReturns(db, user, { kind: "icb", regionId: region.id }, { latestPerOrganisation: true });
  const comparedOn = await db.catalogueVersion.findFirst({ where: { isDefault: true }, select: { id: true } });
  if (!comparedOn) return null;
  // Loaded once here for the summary, the item pages and the workbook alike.
  const catalogues = await loadCatalogueVersions(db, [comparedOn.id, ...latest.map((row) => row.catalogueVersionId)]);
  const byIcb = new Map<string, ComparedReturn>();
  for (const row of latest) {
    byIcb.set(row.organisationId, {
      ...publishedReturnHeader(row),
      score: scoreStoredReturn(catalogues.get(row.catalogueVersionId)!, row),
      levels: new Map([...row.answers].map(([key, answer]) => [key, answer.level])),
    });
  }

  return {
    region,
    icbs: icbs.map((icb) => ({ icb, latest: byIcb.get(icb.id) ?? null })),
    catalogue: catalogues.get(comparedOn.id)!,
    catalogues,
  };
}
