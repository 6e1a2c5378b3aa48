import type { Db } from "../db/create-client";
import type { Prisma, ProviderType } from "../generated/prisma/client";

export interface OrganisationNode {
  readonly id: string;
  readonly name: string;
  /** False for an ancestor shown only to place what is in scope under it. */
  readonly inScope: boolean;
}

export interface LocalOrganisationNode extends OrganisationNode {
  readonly kind: "place" | "provider";
  readonly providerType: ProviderType | null;
}

export interface IcbNode extends OrganisationNode {
  readonly children: readonly LocalOrganisationNode[];
}

export interface RegionNode extends OrganisationNode {
  readonly icbs: readonly IcbNode[];
}

const byName = <T extends { name: string }>(a: T, b: T) => a.name.localeCompare(b.name, "en-GB");

/**
 * The organisations matching `scope` (a permission filter, see build-scope-filter.ts) as
 * regions → ICBs → places and providers, each level sorted by name. The region and ICB of
 * anything in scope are included, marked `inScope: false`, so the tree always reads
 * top-down; nothing outside the scope is fetched beyond those names.
 */
export async function listOrganisations(db: Db, scope: Prisma.OrganisationWhereInput): Promise<RegionNode[]> {
  const rows = await db.organisation.findMany({
    where: scope,
    select: { id: true, kind: true, name: true, providerType: true, regionId: true, icbId: true },
  });
  const inScope = new Set(rows.map((row) => row.id));
  const ancestorIds = new Set<string>();
  for (const row of rows) {
    if (row.regionId && !inScope.has(row.regionId)) ancestorIds.add(row.regionId);
    if (row.icbId && !inScope.has(row.icbId)) ancestorIds.add(row.icbId);
  }
  const ancestors = ancestorIds.size
    ? await db.organisation.findMany({
        where: { id: { in: [...ancestorIds] } },
        select: { id: true, kind: true, name: true, providerType: true, regionId: true, icbId: true },
      })
    : [];

  const regions = new Map<string, OrganisationNode & { icbs: Map<string, IcbNode & { children: LocalOrganisationNode[] }> }>();
  const all = [...rows, ...ancestors];
  for (const row of all) {
    if (row.kind === "region") regions.set(row.id, { id: row.id, name: row.name, inScope: inScope.has(row.id), icbs: new Map() });
  }
  for (const row of all) {
    if (row.kind !== "icb" || !row.regionId) continue;
    regions.get(row.regionId)?.icbs.set(row.id, { id: row.id, name: row.name, inScope: inScope.has(row.id), children: [] });
  }
  for (const row of rows) {
    if ((row.kind !== "place" && row.kind !== "provider") || !row.regionId || !row.icbId) continue;
    regions
      .get(row.regionId)
      ?.icbs.get(row.icbId)
      ?.children.push({ id: row.id, name: row.name, inScope: true, kind: row.kind, providerType: row.providerType });
  }

  return [...regions.values()].sort(byName).map((region) => ({
    id: region.id,
    name: region.name,
    inScope: region.inScope,
    icbs: [...region.icbs.values()].sort(byName).map((icb) => ({ ...icb, children: [...icb.children].sort(byName) })),
  }));
}
