import type { CatalogueVersionView } from "../catalogue/get-catalogue-version";

export interface ReturnSection {
  ambition: number;
  number: string;
  title: string;
  /** The section's rated items (a stem's children in its place), in catalogue order. */
  items: { key: string; number: string | null; text: string }[];
}

/** A section of a catalogue version by its number ("1.1"), or null. */
export function findReturnSection(catalogue: CatalogueVersionView, number: string): ReturnSection | null {
  for (const ambition of catalogue.ambitions) {
    const section = ambition.sections.find((entry) => entry.number === number);
    if (!section) continue;
    return {
      ambition: ambition.number,
      number: section.number,
      title: section.title,
      items: section.nodes.flatMap((node) => (node.kind === "stem" ? node.children : [node])).map(({ key, number, text }) => ({ key, number, text })),
    };
  }
  return null;
}
