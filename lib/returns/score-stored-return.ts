import type { CatalogueVersionView } from "../catalogue/get-catalogue-version";
import { toScoringCatalogue } from "../catalogue/to-scoring-catalogue";
import { scoreReturn, type ReturnScore } from "../scoring";

/** The summary the regional tool's front sheet shows, for a stored return. */
export function scoreStoredReturn(
  catalogue: CatalogueVersionView,
  stored: { answers: ReadonlyMap<string, { level: number | null }> },
): ReturnScore {
  const levels: Record<string, number | null> = {};
  for (const [key, answer] of stored.answers) levels[key] = answer.level;
  return scoreReturn(toScoringCatalogue(catalogue), levels);
}
