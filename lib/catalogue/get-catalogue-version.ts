// One catalogue version as stored, shaped as the tree people read: ambitions, sections,
// stems with their children, items, in catalogue order.
import type { Db } from "../db/create-client";

export type CatalogueItemView = { kind: "item"; key: string; number: string | null; text: string };
export type CatalogueStemView = { kind: "stem"; key: string; number: string | null; text: string; children: CatalogueItemView[] };
export type CatalogueNodeView = CatalogueItemView | CatalogueStemView;

export type CatalogueVersionView = {
  id: string;
  title: string;
  source: string | null;
  isDefault: boolean;
  levels: { level: number; descriptor: string }[];
  foundations: { number: number; name: string }[];
  ambitions: {
    number: number;
    name: string;
    statement: string;
    ratedItems: number;
    sections: { number: string; title: string; nodes: CatalogueNodeView[] }[];
  }[];
};

/** The version with this id, or the default version when no id is given; null if none. */
export async function getCatalogueVersion(db: Db, id?: string): Promise<CatalogueVersionView | null> {
  const version = await db.catalogueVersion.findFirst({
    where: id ? { id } : { isDefault: true },
    include: {
      levels: { orderBy: { level: "asc" } },
      foundations: { orderBy: { number: "asc" } },
      ambitions: {
        orderBy: { number: "asc" },
        include: { sections: { orderBy: { position: "asc" }, include: { items: { orderBy: { position: "asc" } } } } },
      },
    },
  });
  if (!version) return null;
  return {
    id: version.id,
    title: version.title,
    source: version.source,
    isDefault: version.isDefault,
    levels: version.levels.map(({ level, descriptor }) => ({ level, descriptor })),
    foundations: version.foundations.map(({ number, name }) => ({ number, name })),
    ambitions: version.ambitions.map((ambition) => {
      let ratedItems = 0;
      const sections = ambition.sections.map((section) => {
        const nodes: CatalogueNodeView[] = [];
        const stems = new Map<string, CatalogueStemView>();
        for (const row of section.items) {
          if (row.kind === "stem") {
            const stem: CatalogueStemView = { kind: "stem", key: row.key, number: row.number, text: row.text, children: [] };
            stems.set(row.id, stem);
            nodes.push(stem);
            continue;
          }
          ratedItems += 1;
          const item: CatalogueItemView = { kind: "item", key: row.key, number: row.number, text: row.text };
          const parent = row.parentId ? stems.get(row.parentId) : undefined;
          if (parent) parent.children.push(item);
          else nodes.push(item);
        }
        return { number: section.number, title: section.title, nodes };
      });
      return { number: ambition.number, name: ambition.name, statement: ambition.statement, ratedItems, sections };
    }),
  };
}
