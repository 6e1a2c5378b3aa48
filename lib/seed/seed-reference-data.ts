// Reference data every installation needs. Safe to run on every start: each step is idempotent.
import { builtinCatalogues, DEFAULT_CATALOGUE_ID } from "../catalogue/builtin";
import { storeCatalogueVersion } from "../catalogue/store-catalogue-version";
import type { Db } from "../db/create-client";
import { seedOrganisations } from "../organisations/seed-organisations";

export async function seedReferenceData(db: Db): Promise<void> {
  for (const catalogue of builtinCatalogues) {
    await storeCatalogueVersion(db, catalogue, { isDefault: catalogue.id === DEFAULT_CATALOGUE_ID });
  }
  await seedOrganisations(db);
}
