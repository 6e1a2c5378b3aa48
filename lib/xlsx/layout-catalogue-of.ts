// A catalogue file (built-in or imported, as parsed by lib/catalogue/schema) in the shape the
// workbook layout reads, for callers without the database: the command line and tests.
import { isStem, itemId, type Catalogue } from "../catalogue/schema";
import type { LayoutCatalogue, LayoutItem } from "./regional-layout";

function item(node: { id?: string | undefined; number?: string | null | undefined; text: string }): LayoutItem {
  return { kind: "item", key: itemId(node) as string, number: node.number ?? null, text: node.text };
}

export function layoutCatalogueOf(catalogue: Catalogue): LayoutCatalogue {
  return {
    id: catalogue.id,
    title: catalogue.title,
    levels: catalogue.levels,
    ambitions: catalogue.ambitions.map((ambition) => ({
      number: ambition.number,
      name: ambition.name,
      statement: ambition.statement,
      sections: ambition.sections.map((section) => ({
        number: section.number,
        title: section.title,
        nodes: section.items.map((node) =>
          isStem(node) ? { kind: "stem" as const, number: node.number ?? null, text: node.text, children: node.children.map(item) } : item(node),
        ),
      })),
    })),
  };
}
