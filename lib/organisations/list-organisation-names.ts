import type { Db } from "../db/create-client";

/** The organisations with these ids, by name: for a page that lets someone choose one. */
export async function listOrganisationNames(db: Db, ids: readonly string[]): Promise<{ id: string; name: string }[]> {
  return db.organisation.findMany({
    where: { id: { in: [...ids] } },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    select: { id: true, name: true },
  });
}
