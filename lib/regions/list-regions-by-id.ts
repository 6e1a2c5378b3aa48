import type { Db } from "../db/create-client";

/** The regions with these ids, by name. */
export async function listRegionsById(db: Db, ids: readonly string[]): Promise<{ id: string; name: string }[]> {
  return db.organisation.findMany({
    where: { id: { in: [...ids] }, kind: "region" },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    select: { id: true, name: true },
  });
}
