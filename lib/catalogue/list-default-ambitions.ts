import type { Db } from "../db/create-client";

/** The ambitions of the default catalogue version, in order, for the home page. */
export async function listDefaultAmbitions(db: Db) {
  const version = await db.catalogueVersion.findFirst({
    where: { isDefault: true },
    include: { ambitions: { orderBy: { number: "asc" } } },
  });
  if (!version) return null;
  return {
    catalogue: { id: version.id, title: version.title },
    ambitions: version.ambitions.map(({ number, name, statement }) => ({ number, name, statement })),
  };
}
