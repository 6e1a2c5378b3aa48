import type { Db } from "../db/create-client";

/** Display names by user id, for showing who items are assigned to. */
export async function listUserNames(db: Db, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const users = await db.user.findMany({ where: { id: { in: [...ids] } }, select: { id: true, name: true } });
  return new Map(users.map((user) => [user.id, user.name]));
}
