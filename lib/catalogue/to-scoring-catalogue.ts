import type { ScoringCatalogue } from "../scoring";
import type { CatalogueVersionView } from "./get-catalogue-version";

/** A stored catalogue version in the shape the scoring library reads (item ids are item keys). */
export function toScoringCatalogue(version: CatalogueVersionView): ScoringCatalogue {
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
