import type { ScoringCatalogue } from "../scoring";

type OutlineItem = { readonly kind: "item"; readonly key: string; readonly number: string | null; readonly text: string };
type OutlineStem = { readonly kind: "stem"; readonly number: string | null; readonly text: string; readonly children: readonly OutlineItem[] };

/** What of a catalogue the scoring library reads: a stored CatalogueVersionView and the workbook's LayoutCatalogue both are one. */
export type CatalogueOutline = {
  readonly id: string;
  readonly ambitions: readonly {
    readonly number: number;
    readonly name: string;
    readonly sections: readonly { readonly number: string; readonly title: string; readonly nodes: readonly (OutlineItem | OutlineStem)[] }[];
  }[];
};

/** A catalogue in the shape the scoring library reads (item ids are item keys). */
export function toScoringCatalogue(version: CatalogueOutline): ScoringCatalogue {
  return {
    id: version.id,
    ambitions: version.ambitions.map((ambition) => ({
      number: ambition.number,
      name: ambition.name,
      sections: ambition.sections.map((section) => ({
        number: section.number,
        title: section.title,
        items: section.nodes.map((node) =>
          node.kind === "stem"
            ? { stem: true as const, number: node.number, text: node.text, children: node.children.map((child) => ({ id: child.key, number: child.number, text: child.text })) }
            : { id: node.key, number: node.number, text: node.text },
        ),
      })),
    })),
  };
}
