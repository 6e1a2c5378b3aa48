import type { Db } from "../db/create-client";

export type CatalogueVersionSummary = {
  id: string;
  title: string;
  isDefault: boolean;
  createdAt: Date;
  ratedItems: number;
  /** Self-assessments made with this version (which is why it can never change). */
  returns: number;
};

/** Every stored catalogue version, the default first, then newest first. */
export async function listCatalogueVersions(db: Db): Promise<CatalogueVersionSummary[]> {
  const versions = await db.catalogueVersion.findMany({
    orderBy: [{ isDefault: "desc" }, { createdAt: "desc" }, { id: "asc" }],
    select: { id: true, title: true, isDefault: true, createdAt: true, _count: { select: { items: { where: { kind: "item" } }, returns: true } } },
  });
  return versions.map(({ _count, ...version }) => ({ ...version, ratedItems: _count.items, returns: _count.returns }));
}
