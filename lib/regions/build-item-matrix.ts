// One ambition's items against the region's ICBs: the level each ICB's latest published return
// gives each item, so a regional lead sees which items are weak across the region. A return on
// another catalogue version is compared only on items that ask the same question, by the rule
// lib/scoring compares versions with (questionKey); elsewhere its cell says it cannot be.
import type { CatalogueVersionView } from "../catalogue/get-catalogue-version";
import { listCatalogueItems, type CatalogueItemEntry } from "../catalogue/list-catalogue-items";
import { questionKey } from "../scoring";
import type { RegionComparison } from "./get-region-comparison";

export type MatrixCell =
  | { kind: "level"; level: number }
  | { kind: "not-rated" }
  | { kind: "not-comparable" };

export interface MatrixItem {
  key: string;
  number: string | null;
  text: string;
  /** The stem's wording, for items listed under one (4.1.2's services). */
  stem: string | null;
  /** In the order of `ItemMatrix.icbs`. */
  cells: MatrixCell[];
  /** ICBs that rated it, and how many of them at level 3 or above. */
  rated: number;
  atLevel3Plus: number;
}

export interface ItemMatrix {
  ambition: { number: number; name: string; statement: string };
  /** The ICBs with a published return, one column each, in the comparison's order. */
  icbs: { id: string; name: string }[];
  /**
   * In the order of `icbs`: how many of this ambition's items (of the ICB's own catalogue
   * version) its return rates, and how many of all its items are not yet rated.
   */
  completeness: { rated: number; items: number; notRatedOverall: number; itemsOverall: number }[];
  /** The ICBs that have published nothing yet: no column, only a mention. */
  withoutReturn: { id: string; name: string }[];
  sections: { number: string; title: string; items: MatrixItem[] }[];
}

/** For each catalogue version: its item key by the question it asks. */
function keysByQuestion(catalogue: CatalogueVersionView): Map<string, string> {
  return new Map(listCatalogueItems(catalogue).map((item) => [questionKey({ id: item.key, ...item }), item.key]));
}

/** The matrix for ambition `ambitionNumber` of the comparison's catalogue, or null if it has no such ambition. */
export function buildItemMatrix(comparison: RegionComparison, ambitionNumber: number): ItemMatrix | null {
  const { catalogue } = comparison;
  const ambition = catalogue.ambitions.find((entry) => entry.number === ambitionNumber);
  if (!ambition) return null;
  const otherVersions = new Map<string, Map<string, string>>();
  for (const [id, version] of comparison.catalogues) if (id !== catalogue.id) otherVersions.set(id, keysByQuestion(version));
  const compared = comparison.icbs.flatMap(({ icb, latest }) => (latest ? [{ icb, latest }] : []));

  function row(item: CatalogueItemEntry): MatrixItem {
    const question = questionKey({ id: item.key, ...item });
    const cells = compared.map(({ latest }): MatrixCell => {
      const key = latest.catalogueVersionId === catalogue.id ? item.key : otherVersions.get(latest.catalogueVersionId)?.get(question);
      if (key === undefined) return { kind: "not-comparable" };
      const level = latest.levels.get(key);
      return level === undefined || level === null ? { kind: "not-rated" } : { kind: "level", level };
    });
    const levels = cells.flatMap((cell) => (cell.kind === "level" ? [cell.level] : []));
    return {
      key: item.key,
      number: item.number,
      text: item.text,
      stem: item.stemText,
      cells,
      rated: levels.length,
      atLevel3Plus: levels.filter((level) => level >= 3).length,
    };
  }

  const items = listCatalogueItems(catalogue).filter((item) => item.ambition === ambition.number);
  return {
    ambition: { number: ambition.number, name: ambition.name, statement: ambition.statement },
    icbs: compared.map(({ icb }) => icb),
    completeness: compared.map(({ latest }) => {
      const own = latest.score.ambitions.find((entry) => entry.ambition === ambition.number);
      return {
        rated: own ? own.items - own.notRated : 0,
        items: own?.items ?? 0,
        notRatedOverall: latest.score.overall.notRated,
        itemsOverall: latest.score.overall.items,
      };
    }),
    withoutReturn: comparison.icbs.flatMap(({ icb, latest }) => (latest ? [] : [icb])),
    sections: ambition.sections.map((section) => ({
      number: section.number,
      title: section.title,
      items: items.filter((item) => item.section.number === section.number).map(row),
    })),
  };
}
