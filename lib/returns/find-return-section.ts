import type { CatalogueVersionView } from "../catalogue/get-catalogue-version";
import { listCatalogueItems } from "../catalogue/list-catalogue-items";

export interface ReturnSection {
  ambition: number;
  number: string;
  title: string;
  /** The section's rated items (a stem's children in its place), in catalogue order. */
  items: { key: string; number: string | null; text: string }[];
}

/** A section of a catalogue version by its number ("1.1"), or null. */
export function findReturnSection(catalogue: CatalogueVersionView, number: string): ReturnSection | null {
  const items = listCatalogueItems(catalogue).filter((item) => item.section.number === number);
  const first = items[0];
  if (!first) return null;
  return { ambition: first.ambition, number, title: first.section.title, items: items.map(({ key, number, text }) => ({ key, number, text })) };
}
