// Writes a catalogue version into PostgreSQL. Idempotent: a version already stored is left as it
// is, because returns point at it and a catalogue is never edited in place.
import type { Db } from "../db/create-client";
import type { Catalogue } from "./schema";

export async function seedCatalogue(db: Db, catalogue: Catalogue, options: { isDefault?: boolean } = {}) {
  await db.$transaction(async (tx) => {
    const existing = await tx.catalogueVersion.findUnique({ where: { id: catalogue.id } });
    if (existing) return;
    await tx.catalogueVersion.create({
      data: {
        id: catalogue.id,
        title: catalogue.title,
        isDefault: options.isDefault ?? false,
        ambitions: {
          create: catalogue.ambitions.map((ambition) => ({
            number: ambition.number,
            name: ambition.name,
            statement: ambition.statement,
          })),
        },
      },
    });
  });
}
