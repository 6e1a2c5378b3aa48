import type { Db, TransactionClient } from "../db/create-client";

/** Opens a session row for a user who has just proved who they are; the cookie will name it. */
export async function startUserSession(
  db: Db | TransactionClient,
  session: { userId: string; ip: string | null; userAgent?: string | null; now: Date },
): Promise<string> {
  const row = await db.userSession.create({
    data: {
      userId: session.userId,
      ip: session.ip,
      // Kept for the audit trail only; capped so a huge header cannot bloat the table.
      userAgent: session.userAgent ? session.userAgent.slice(0, 512) : null,
      createdAt: session.now,
      lastSeenAt: session.now,
    },
    select: { id: true },
  });
  await db.user.update({ where: { id: session.userId }, data: { lastSignInAt: session.now } });
  return row.id;
}
