// `ambitions catalogue import FILE`: validate a catalogue file completely before writing
// anything, then store it as a new version in one transaction.
import type { Db } from "../db/create-client";
import { CatalogueInvalidError } from "../errors";
import { readJsonFile } from "../files/read-json-file";
import { parseCatalogue, type Catalogue } from "./schema";
import { storeCatalogueVersion, type StoreResult } from "./store-catalogue-version";

export async function readCatalogueFile(file: string): Promise<Catalogue> {
  const result = parseCatalogue(await readJsonFile(file, "a catalogue file"));
  if (!result.ok) throw new CatalogueInvalidError(file, result.problems);
  return result.catalogue;
}

export async function importCatalogueFile(db: Db, file: string): Promise<{ catalogue: Catalogue; result: StoreResult }> {
  const catalogue = await readCatalogueFile(file);
  const result = await storeCatalogueVersion(db, catalogue);
  return { catalogue, result };
}
