// The check behind every signed-in request: the cookie names a UserSession row, and only a
// live row of an enabled user counts. Read from PostgreSQL each time, so signing out,
// disabling a user or removing a membership takes effect on the next request everywhere.
import type { Db } from "../db/create-client";
import { isUuid } from "./is-uuid";
import { loadPolicyUser, type LoadedUser } from "./load-policy-user";
import { SESSION_ABSOLUTE_MS, SESSION_IDLE_MS, SESSION_TOUCH_INTERVAL_MS } from "./session-lifetime";

export type SessionUser = LoadedUser & { sessionId: string };

export async function loadSessionUser(db: Db, sessionId: string, now: Date = new Date()): Promise<SessionUser | null> {
  if (!isUuid(sessionId)) return null;
  const session = await db.userSession.findUnique({
    where: { id: sessionId },
    select: { id: true, userId: true, createdAt: true, lastSeenAt: true, revokedAt: true },
  });
  if (!session || session.revokedAt !== null) return null;
  if (now.getTime() - session.lastSeenAt.getTime() > SESSION_IDLE_MS) return null;
  if (now.getTime() - session.createdAt.getTime() > SESSION_ABSOLUTE_MS) return null;

  const user = await loadPolicyUser(db, session.userId);
  if (!user || user.disabled) return null;

  if (now.getTime() - session.lastSeenAt.getTime() >= SESSION_TOUCH_INTERVAL_MS) {
    // Conditional, so concurrent requests in the same minute write once between them.
    await db.userSession.updateMany({
      where: { id: session.id, revokedAt: null, lastSeenAt: { lte: new Date(now.getTime() - SESSION_TOUCH_INTERVAL_MS) } },
      data: { lastSeenAt: now },
    });
  }
  return { ...user, sessionId: session.id };
}
