import type { Db } from "../db/create-client";
import { isUuid } from "./is-uuid";
import { AUDIT_ACTIONS } from "../audit/audit-actions";
import { recordAuditEvent } from "../audit/record-audit-event";

/** Signs a session out: the row is kept (for the audit trail) but never accepted again. */
export async function revokeUserSession(db: Db, sessionId: string, context: { ip: string | null; now?: Date }): Promise<void> {
  if (!isUuid(sessionId)) return;
  const now = context.now ?? new Date();
  await db.$transaction(async (tx) => {
    const session = await tx.userSession.findUnique({
      where: { id: sessionId },
      select: { revokedAt: true, user: { select: { id: true, email: true } } },
    });
    if (!session || session.revokedAt !== null) return;
    await tx.userSession.update({ where: { id: sessionId }, data: { revokedAt: now } });
    await recordAuditEvent(tx, {
      action: AUDIT_ACTIONS.signOut,
      outcome: "success",
      actorId: session.user.id,
      actorEmail: session.user.email,
      targetType: "session",
      targetId: sessionId,
      ip: context.ip,
    });
  });
}
