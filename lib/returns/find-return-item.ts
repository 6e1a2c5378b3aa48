import type { Db } from "../db/create-client";

export interface ReturnItemInCatalogue {
  id: string;
  key: string;
  number: string | null;
  text: string;
  ambition: number;
  section: { number: string; title: string };
  /** The wording of the stem the item hangs from, which is part of what it asks. */
  stemText: string | null;
}

/** A rated item of a catalogue version by its key, or null (stems are not rated, so not found). */
export async function findReturnItem(db: Db, catalogueVersionId: string, key: string): Promise<ReturnItemInCatalogue | null> {
  const row = await db.catalogueItem.findUnique({
    where: { catalogueVersionId_key: { catalogueVersionId, key } },
    select: { id: true, kind: true, key: true, number: true, text: true, ambitionNumber: true, section: { select: { number: true, title: true } }, parent: { select: { text: true } } },
  });
  if (!row || row.kind !== "item") return null;
  return { id: row.id, key: row.key, number: row.number, text: row.text, ambition: row.ambitionNumber, section: row.section, stemText: row.parent?.text ?? null };
}
