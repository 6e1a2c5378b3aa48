import type { CatalogueVersionView } from "./get-catalogue-version";

export interface CatalogueItemEntry {
  key: string;
  number: string | null;
  text: string;
  /** The wording of the stem the item hangs from, which is part of what it asks. */
  stemText: string | null;
  ambition: number;
  section: { number: string; title: string };
}

/** Every rated item of a stored catalogue version, in catalogue order (a stem's children in its place). */
export function listCatalogueItems(catalogue: CatalogueVersionView): CatalogueItemEntry[] {
  return catalogue.ambitions.flatMap((ambition) =>
    ambition.sections.flatMap((section) =>
      section.nodes.flatMap((node) =>
        (node.kind === "stem" ? node.children : [node]).map((item) => ({
          key: item.key,
          number: item.number,
          text: item.text,
          stemText: node.kind === "stem" ? node.text : null,
          ambition: ambition.number,
          section: { number: section.number, title: section.title },
        })),
      ),
    ),
  );
}
