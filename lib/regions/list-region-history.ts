// Each ICB's overall figure over every one of its published self-assessments, oldest first, for
// the regional comparison's "over time" table and chart: whether an ICB is moving, not only
// where its latest return put it. Same rules as the comparison: the ICB's own returns only
// (not its places' or providers'), submitted or signed off, and only what `user` may read.
import type { PolicyUser } from "../policy/policy";
import { loadCatalogueVersions } from "../catalogue/load-catalogue-versions";
import type { Db } from "../db/create-client";
import type { ReturnStatus } from "../generated/prisma/client";
import { listPublishedReturns } from "../returns/list-published-returns";
import { scoreStoredReturn } from "../returns/score-stored-return";

export interface IcbHistoryPoint {
  returnId: string;
  title: string;
  status: ReturnStatus;
  submittedAt: Date;
  /** "% of all items at level 3 and above", as the return's own front sheet gives it. */
  level3Plus: number;
  /** Items with a level, out of every item of its catalogue version. */
  rated: number;
  items: number;
}

export interface IcbHistory {
  icb: { id: string; name: string };
  /** Oldest first. */
  points: IcbHistoryPoint[];
}

/** Every ICB of `icbs` that has published at least once, in the order given, with its returns oldest first. */
export async function listRegionHistory(db: Db, user: PolicyUser, regionId: string, icbs: readonly { id: string; name: string }[]): Promise<IcbHistory[]> {
  const published = await listPublishedReturns(db, user, { kind: "icb", regionId });
  const catalogues = await loadCatalogueVersions(db, published.map((row) => row.catalogueVersionId));
  const byIcb = new Map<string, IcbHistoryPoint[]>();
  // listPublishedReturns gives newest first; each ICB's line reads oldest first.
  for (const row of [...published].reverse()) {
    const overall = scoreStoredReturn(catalogues.get(row.catalogueVersionId)!, row).overall;
    const points = byIcb.get(row.organisationId) ?? [];
    points.push({
      returnId: row.id,
      title: row.title,
      status: row.status,
      submittedAt: row.submittedAt,
      level3Plus: overall.level3Plus,
      rated: overall.items - overall.notRated,
      items: overall.items,
    });
    byIcb.set(row.organisationId, points);
  }
  return icbs.flatMap((icb) => {
    const points = byIcb.get(icb.id);
    return points ? [{ icb, points }] : [];
  });
}
