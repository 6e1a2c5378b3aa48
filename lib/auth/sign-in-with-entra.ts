// Single sign-on with Microsoft Entra ID: Entra proves the email, and we accept it only for an
// existing, enabled user with that email. Nobody is created here; people join by invitation.
import type { Db } from "../db/create-client";
import { AUDIT_ACTIONS } from "../audit/audit-actions";
import { findActiveUserByEmail } from "./find-active-user-by-email";
import { normaliseEmail } from "./normalise-email";
import { recordAuditEvent } from "../audit/record-audit-event";
import { startUserSession } from "./start-user-session";

export type EntraSignInResult = { ok: true; userId: string; sessionId: string } | { ok: false; reason: "no_account" };

export async function signInWithEntra(
  db: Db,
  attempt: { email: string | null | undefined; ip: string | null; userAgent?: string | null; now?: Date },
): Promise<EntraSignInResult> {
  const now = attempt.now ?? new Date();
  const user = await findActiveUserByEmail(db, attempt.email);
  if (!user) {
    await recordAuditEvent(db, {
      action: AUDIT_ACTIONS.signIn,
      outcome: "failure",
      actorEmail: attempt.email ? normaliseEmail(attempt.email) : null,
      ip: attempt.ip,
      details: { method: "entra", reason: "no_account" },
    });
    return { ok: false, reason: "no_account" };
  }
  const sessionId = await db.$transaction(async (tx) => {
    const id = await startUserSession(tx, { userId: user.id, ip: attempt.ip, userAgent: attempt.userAgent, now });
    await recordAuditEvent(tx, {
      action: AUDIT_ACTIONS.signIn,
      outcome: "success",
      actorId: user.id,
      actorEmail: user.email,
      targetType: "session",
      targetId: id,
      ip: attempt.ip,
      details: { method: "entra" },
    });
    return id;
  });
  return { ok: true, userId: user.id, sessionId };
}
