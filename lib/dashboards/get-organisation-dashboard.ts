// What a board reads about its organisation: the latest published self-assessment (its front
// sheet and headline), what changed since the one before ("a refresh ... and the change between
// the two is what a board wants to see"), the items rated below level 3 with their gaps, and
// every published self-assessment over time. Drafts never appear.
import type { PolicyUser } from "../policy/policy";
import type { CatalogueVersionView } from "../catalogue/get-catalogue-version";
import { listCatalogueItems, type CatalogueItemEntry } from "../catalogue/list-catalogue-items";
import { loadCatalogueVersions } from "../catalogue/load-catalogue-versions";
import { toScoringCatalogue } from "../catalogue/to-scoring-catalogue";
import type { Db } from "../db/create-client";
import type { OrganisationRow } from "../organisations/get-organisation";
import { listPublishedReturns, publishedReturnHeader, type PublishedReturn, type PublishedReturnHeader } from "../returns/list-published-returns";
import { scoreStoredReturn } from "../returns/score-stored-return";
import { compareReturns, type ItemChange, type ReturnComparison, type ReturnScore } from "../scoring";

export interface DashboardReturn extends PublishedReturnHeader {
  score: ReturnScore;
}

export interface DashboardItem {
  key: string;
  number: string | null;
  text: string;
  /** The wording of the stem it sits under (4.1.2's services), or null. */
  stem: string | null;
}

export interface GapItem extends DashboardItem {
  level: number;
  gaps: string;
}

export interface FallenItem extends DashboardItem {
  from: number;
  to: number;
}

/** Rated in the earlier return, not rated in the latest: "what changed" counts these too. */
export interface UnratedItem extends DashboardItem {
  from: number;
}

export interface OrganisationDashboard {
  organisation: OrganisationRow;
  /** Newest first. */
  history: DashboardReturn[];
  latest: DashboardReturn | null;
  previous: DashboardReturn | null;
  /** From `previous` to `latest`; null with fewer than two. */
  comparison: ReturnComparison | null;
  /** The catalogue version of `latest`: ambition names and item wording. */
  catalogue: CatalogueVersionView | null;
  /** The latest return's items rated 0-2, by ambition in catalogue order, lowest first within each. */
  gaps: { ambition: number; name: string; items: GapItem[] }[];
  /** Items whose level went down since `previous`, in catalogue order. */
  fallen: FallenItem[];
  /** Items rated in `previous` and not in `latest`, in catalogue order. */
  noLongerRated: UnratedItem[];
}

function levelsOf(row: PublishedReturn): Record<string, number | null> {
  return Object.fromEntries([...row.answers].map(([key, answer]) => [key, answer.level]));
}

/**
 * The dashboard of `organisation` (already loaded to authorise on it) as `user` may read it, or
 * null for a region, which has no dashboard of its own.
 */
export async function getOrganisationDashboard(db: Db, user: PolicyUser, organisation: OrganisationRow): Promise<OrganisationDashboard | null> {
  if (organisation.kind === "region") return null;
  const published = await listPublishedReturns(db, user, { id: organisation.id });
  const catalogues = await loadCatalogueVersions(db, published.map((row) => row.catalogueVersionId));
  const history: DashboardReturn[] = published.map((row) => ({
    ...publishedReturnHeader(row),
    score: scoreStoredReturn(catalogues.get(row.catalogueVersionId)!, row),
  }));
  const [latestRow, previousRow] = published;
  if (!latestRow) return { organisation, history, latest: null, previous: null, comparison: null, catalogue: null, gaps: [], fallen: [], noLongerRated: [] };

  const catalogue = catalogues.get(latestRow.catalogueVersionId)!;
  const items = listCatalogueItems(catalogue);
  const itemOf = (entry: CatalogueItemEntry): DashboardItem => ({ key: entry.key, number: entry.number, text: entry.text, stem: entry.stemText });
  const gaps = catalogue.ambitions.map((ambition) => ({
    ambition: ambition.number,
    name: ambition.name,
    items: items
      .filter((item) => item.ambition === ambition.number)
      .flatMap((item) => {
        const answer = latestRow.answers.get(item.key);
        return answer && answer.level !== null && answer.level < 3 ? [{ ...itemOf(item), level: answer.level, gaps: answer.gaps }] : [];
      })
      // Stable: equal levels keep catalogue order.
      .sort((a, b) => a.level - b.level),
  }));

  let comparison: ReturnComparison | null = null;
  let fallen: FallenItem[] = [];
  let noLongerRated: UnratedItem[] = [];
  if (previousRow) {
    comparison = compareReturns(
      { catalogue: toScoringCatalogue(catalogues.get(previousRow.catalogueVersionId)!), levels: levelsOf(previousRow) },
      { catalogue: toScoringCatalogue(catalogue), levels: levelsOf(latestRow) },
    );
    const byKey = new Map(items.map((item) => [item.key, item]));
    fallen = comparison.items.flatMap((change: ItemChange) => {
      const item = byKey.get(change.id);
      if (change.movement !== "down" || !item || change.from === null || change.to === null) return [];
      return [{ ...itemOf(item), from: change.from, to: change.to }];
    });
    noLongerRated = comparison.items.flatMap((change: ItemChange) => {
      const item = byKey.get(change.id);
      return change.movement === "no-longer-rated" && item && change.from !== null ? [{ ...itemOf(item), from: change.from }] : [];
    });
  }

  return { organisation, history, latest: history[0]!, previous: history[1] ?? null, comparison, catalogue, gaps, fallen, noLongerRated };
}
