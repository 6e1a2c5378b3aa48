// One ambition's items against the region's ICBs: the level each ICB's latest published return
// gives each item, so a regional lead sees which items are weak across the region. A return on
// another catalogue version is compared only on items whose key, number and wording match
// (as lib/scoring compares across versions); elsewhere its cell says it cannot be compared.
import type { CatalogueVersionView } from "../catalogue/get-catalogue-version";
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
  /** The ICBs that have published nothing yet: no column, only a mention. */
  withoutReturn: { id: string; name: string }[];
  sections: { number: string; title: string; items: MatrixItem[] }[];
}

type Wording = { number: string | null; text: string };

function wordingByKey(catalogue: CatalogueVersionView): Map<string, Wording> {
  const wording = new Map<string, Wording>();
  for (const ambition of catalogue.ambitions)
    for (const section of ambition.sections)
      for (const node of section.nodes) {
        const items = node.kind === "stem" ? node.children : [node];
        for (const item of items) wording.set(item.key, { number: item.number, text: item.text });
      }
  return wording;
}

/** The matrix for ambition `ambitionNumber` of `catalogue`, or null if it has no such ambition. */
export function buildItemMatrix(comparison: RegionComparison, catalogue: CatalogueVersionView, ambitionNumber: number): ItemMatrix | null {
  const ambition = catalogue.ambitions.find((entry) => entry.number === ambitionNumber);
  if (!ambition) return null;
  const wordings = new Map<string, Map<string, Wording>>();
  for (const [id, version] of comparison.catalogues) wordings.set(id, wordingByKey(version));

  const compared = comparison.icbs.flatMap(({ icb, latest }) => (latest ? [{ icb, latest }] : []));

  function cellFor(latest: NonNullable<RegionComparison["icbs"][number]["latest"]>, key: string, wording: Wording): MatrixCell {
    if (latest.catalogueVersionId !== catalogue.id) {
      const theirs = wordings.get(latest.catalogueVersionId)?.get(key);
      if (!theirs || theirs.number !== wording.number || theirs.text !== wording.text) return { kind: "not-comparable" };
    }
    const level = latest.levels.get(key);
    return level === undefined || level === null ? { kind: "not-rated" } : { kind: "level", level };
  }

  function row(key: string, wording: Wording, stem: string | null): MatrixItem {
    const cells = compared.map(({ latest }) => cellFor(latest, key, wording));
    const levels = cells.flatMap((cell) => (cell.kind === "level" ? [cell.level] : []));
    return { key, ...wording, stem, cells, rated: levels.length, atLevel3Plus: levels.filter((level) => level >= 3).length };
  }

  return {
    ambition: { number: ambition.number, name: ambition.name, statement: ambition.statement },
    icbs: compared.map(({ icb }) => icb),
    withoutReturn: comparison.icbs.flatMap(({ icb, latest }) => (latest ? [] : [icb])),
    sections: ambition.sections.map((section) => ({
      number: section.number,
      title: section.title,
      items: section.nodes.flatMap((node) =>
        node.kind === "stem"
          ? node.children.map((child) => row(child.key, { number: child.number, text: child.text }, node.text))
          : [row(node.key, { number: node.number, text: node.text }, null)],
      ),
    })),
  };
}
