// The catalogue versions shipped with the product. Imported as JSON so the build bundles them
// and every load goes through the same validation as an imported file.
import regional2021 from "./versions/regional-2021.json";
import { parseCatalogue, type Catalogue } from "./schema";
import { CatalogueInvalidError } from "../errors";

export const DEFAULT_CATALOGUE_ID = "regional-2021";

function load(source: unknown, name: string): Catalogue {
  const result = parseCatalogue(source);
  if (!result.ok) {
    // A broken built-in file is a programming error caught by the unit tests, never a user error.
    throw new CatalogueInvalidError(`Built-in catalogue ${name}`, result.problems);
  }
  return result.catalogue;
}

export const builtinCatalogues: readonly Catalogue[] = [load(regional2021, "regional-2021.json")];

export function findBuiltinCatalogue(id: string): Catalogue | undefined {
  return builtinCatalogues.find((catalogue) => catalogue.id === id);
}
