import { isUuid } from "../auth/is-uuid";
import type { Db } from "../db/create-client";
import { toSummary, USER_SUMMARY_SELECT, type UserSummary } from "./list-users";

/** One user with their memberships, or null (ids that are not uuids included). */
export async function getUser(db: Db, id: string): Promise<UserSummary | null> {
  if (!isUuid(id)) return null;
  const row = await db.user.findUnique({ where: { id }, select: USER_SUMMARY_SELECT });
  return row ? toSummary(row) : null;
}
