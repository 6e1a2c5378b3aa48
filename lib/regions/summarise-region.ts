// The region's summary, shaped for its table and chart: each ICB's "% at level 3 and above"
// per ambition and overall (the front-sheet figures, unchanged), and the region taken as one.
import { completenessOf, poolDistributions, type Band, type Completeness, type Distribution, type PooledDistribution } from "../scoring";
import type { ComparedReturn, RegionComparison } from "./get-region-comparison";

export interface IcbSummary {
  icb: { id: string; name: string };
  latest: Pick<ComparedReturn, "id" | "title" | "status" | "submittedAt" | "signedOffAt" | "catalogueVersionId"> | null;
  /** By ambition number; absent when the ICB has no published return. */
  level3Plus: ReadonlyMap<number, number>;
  overall: Distribution | null;
  band: Band | null;
  /** Whether its return uses the catalogue version the region is compared on. */
  onComparisonCatalogue: boolean;
  /** How many of its return's items are rated, per ambition and overall; null without a return. */
  completeness: Completeness | null;
}

export interface RegionSummary {
  ambitions: { number: number; name: string }[];
  icbs: IcbSummary[];
  /** The region's returns on the comparison catalogue, pooled (items and counts added). */
  pooled: { ambitions: ReadonlyMap<number, PooledDistribution>; overall: PooledDistribution };
  published: number;
  /** Published returns left out of the pooled row because they use another catalogue version. */
  otherCatalogue: number;
}

export function summariseRegion(comparison: RegionComparison): RegionSummary {
  const { catalogue } = comparison;
  const ambitions = catalogue.ambitions.map(({ number, name }) => ({ number, name }));
  const icbs: IcbSummary[] = comparison.icbs.map(({ icb, latest }) => {
    if (!latest) return { icb, latest: null, level3Plus: new Map(), overall: null, band: null, onComparisonCatalogue: false, completeness: null };
    const { id, title, status, submittedAt, signedOffAt, catalogueVersionId } = latest;
    return {
      icb,
      latest: { id, title, status, submittedAt, signedOffAt, catalogueVersionId },
      level3Plus: new Map(latest.score.ambitions.map((ambition) => [ambition.ambition, ambition.level3Plus])),
      overall: latest.score.overall,
      band: latest.score.band,
      onComparisonCatalogue: catalogueVersionId === catalogue.id,
      completeness: completenessOf(latest.score),
    };
  });
  const pooledScores = comparison.icbs.flatMap(({ latest }) => (latest && latest.catalogueVersionId === catalogue.id ? [latest.score] : []));
  const published = comparison.icbs.filter(({ latest }) => latest !== null).length;
  return {
    ambitions,
    icbs,
    pooled: {
      ambitions: new Map(
        ambitions.map(({ number }) => [
          number,
          poolDistributions(pooledScores.flatMap((score) => score.ambitions.filter((ambition) => ambition.ambition === number))),
        ]),
      ),
      overall: poolDistributions(pooledScores.map((score) => score.overall)),
    },
    published,
    otherCatalogue: published - pooledScores.length,
  };
}
