import type { Db } from "../db/create-client";

/**
 * The keys of the return's items that someone other than `userId` saved after `since` (every
 * item someone else saved, when `since` is null: the person has never looked).
 */
export async function listChangedItemKeys(db: Db, returnId: string, userId: string, since: Date | null): Promise<Set<string>> {
  const rows = await db.returnAnswer.findMany({
    where: {
      returnId,
      ...(since ? { updatedAt: { gt: since } } : {}),
      OR: [{ updatedById: { not: userId } }, { updatedById: null }],
    },
    select: { catalogueItem: { select: { key: true } } },
  });
  return new Set(rows.map((row) => row.catalogueItem.key));
}
