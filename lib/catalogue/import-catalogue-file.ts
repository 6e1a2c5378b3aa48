// `ambitions catalogue import FILE`: validate a catalogue file completely before writing
// anything, then store it as a new version in one transaction.
import { readFile } from "node:fs/promises";
import type { Db } from "../db/create-client";
import { CatalogueInvalidError } from "../errors";
import { parseCatalogue, type Catalogue } from "./schema";
import { storeCatalogueVersion, type StoreResult } from "./store-catalogue-version";

export async function readCatalogueFile(file: string): Promise<Catalogue> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === "ENOENT" ? "file not found" : (error as Error).message;
    throw new CatalogueInvalidError(file, [{ path: "(file)", message: reason }]);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new CatalogueInvalidError(file, [{ path: "(file)", message: `not valid JSON: ${(error as Error).message}` }]);
  }
  const result = parseCatalogue(json);
  if (!result.ok) throw new CatalogueInvalidError(file, result.problems);
  return result.catalogue;
}

export async function importCatalogueFile(db: Db, file: string): Promise<{ catalogue: Catalogue; result: StoreResult }> {
  const catalogue = await readCatalogueFile(file);
  const result = await storeCatalogueVersion(db, catalogue);
  return { catalogue, result };
}
