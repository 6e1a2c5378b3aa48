// The check behind every signed-in request: the cookie names a UserSession row, and only a
// live row of an enabled user counts. Read from PostgreSQL each time, so signing out,
// disabling a user or removing a membership takes effect on the next request everywhere.
import { poolOf, type Db } from "../db/create-client";
import type { OrganisationKind } from "../generated/prisma/client";
import { toOrgRef } from "../organisations/to-org-ref";
import { isRole } from "../policy/roles";
import type { PolicyMembership } from "../policy/policy";
import { isUuid } from "./is-uuid";
import type { LoadedUser } from "./load-policy-user";
import { SESSION_ABSOLUTE_MS, SESSION_IDLE_MS, SESSION_TOUCH_INTERVAL_MS } from "./session-lifetime";

export type SessionUser = LoadedUser & { sessionId: string };

interface Row {
  id: string;
  created_at: Date;
  last_seen_at: Date;
  revoked_at: Date | null;
  user_id: string;
  email: string;
  name: string;
  disabled_at: Date | null;
  memberships: { role: string; id: string; kind: OrganisationKind; regionId: string | null; icbId: string | null }[];
}

export async function loadSessionUser(db: Db, sessionId: string, now: Date = new Date()): Promise<SessionUser | null> {
  if (!isUuid(sessionId)) return null;
  // One round trip for the session, its user and their memberships: every request pays for it,
  // an autosave every few seconds (the same rows loadPolicyUser reads, in the same order).
  // Times as timestamptz (the columns hold UTC), so pg reads them as the instants they are.
  const sql = `
    SELECT s.id, s.created_at AT TIME ZONE 'UTC' AS created_at, s.last_seen_at AT TIME ZONE 'UTC' AS last_seen_at,
           s.revoked_at AT TIME ZONE 'UTC' AS revoked_at, u.id AS user_id, u.email, u.name, u.disabled_at AT TIME ZONE 'UTC' AS disabled_at,
           COALESCE((SELECT json_agg(json_build_object('role', m.role, 'id', o.id, 'kind', o.kind, 'regionId', o.region_id, 'icbId', o.icb_id)
                                     ORDER BY m.created_at, m.id)
                       FROM membership m JOIN organisation o ON o.id = m.organisation_id
                      WHERE m.user_id = u.id), '[]'::json) AS memberships
      FROM user_session s JOIN app_user u ON u.id = s.user_id
     WHERE s.id = $1::uuid`;
  // The pg pool when there is one: every request pays for this query, and Prisma adds about 1 ms
  // of CPU to each of its own.
  const pool = poolOf(db);
  const rows = pool ? (await pool.query<Row>(sql, [sessionId])).rows : await db.$queryRawUnsafe<Row[]>(sql, sessionId);
  const session = rows[0];
  if (!session || session.revoked_at !== null) return null;
  if (now.getTime() - session.last_seen_at.getTime() > SESSION_IDLE_MS) return null;
  if (now.getTime() - session.created_at.getTime() > SESSION_ABSOLUTE_MS) return null;
  if (session.disabled_at !== null) return null;

  if (now.getTime() - session.last_seen_at.getTime() >= SESSION_TOUCH_INTERVAL_MS) {
    // Conditional, so concurrent requests in the same minute write once between them.
    await db.userSession.updateMany({
      where: { id: session.id, revokedAt: null, lastSeenAt: { lte: new Date(now.getTime() - SESSION_TOUCH_INTERVAL_MS) } },
      data: { lastSeenAt: now },
    });
  }
  const memberships: PolicyMembership[] = session.memberships.flatMap((membership) =>
    isRole(membership.role) ? [{ role: membership.role, organisation: toOrgRef(membership) }] : [],
  );
  return { id: session.user_id, email: session.email, name: session.name, disabled: false, memberships, sessionId: session.id };
}
