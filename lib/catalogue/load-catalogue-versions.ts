import type { Db } from "../db/create-client";
import { getCatalogueVersion, type CatalogueVersionView } from "./get-catalogue-version";

/** The stored versions with these ids, by id. A missing one is a broken reference: an error. */
export async function loadCatalogueVersions(db: Db, ids: Iterable<string>): Promise<Map<string, CatalogueVersionView>> {
  const versions = new Map<string, CatalogueVersionView>();
  for (const id of new Set(ids)) {
    const version = await getCatalogueVersion(db, id);
    if (!version) throw new Error(`Catalogue version ${id} is referenced by a return but missing.`);
    versions.set(id, version);
  }
  return versions;
}
