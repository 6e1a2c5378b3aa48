import type { Db } from "../db/create-client";

/**
 * Notes that `userId` is looking at the return now, and answers when they looked before (null:
 * never), which "changed since I last looked" counts from.
 */
export async function recordReturnVisit(db: Db, userId: string, returnId: string, now = new Date()): Promise<Date | null> {
  const previous = await db.returnVisit.findUnique({ where: { userId_returnId: { userId, returnId } }, select: { visitedAt: true } });
  await db.returnVisit.upsert({
    where: { userId_returnId: { userId, returnId } },
    create: { userId, returnId, visitedAt: now },
    update: { visitedAt: now },
  });
  return previous?.visitedAt ?? null;
}
