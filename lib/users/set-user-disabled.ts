import type { Actor } from "../audit/actor";
import { AUDIT_ACTIONS } from "../audit/audit-actions";
import { isUuid } from "../auth/is-uuid";
import { can } from "../policy/policy";
import { recordAuditEvent } from "../audit/record-audit-event";
import type { Db } from "../db/create-client";
import { ConflictError, ForbiddenError, NotFoundError } from "../errors";

/**
 * Disables or re-enables an account. Disabling also ends every open session of the user, so
 * they are signed out on their next request everywhere (an enabled-again user signs in anew).
 */
export async function setUserDisabled(db: Db, input: { userId: string; disabled: boolean }, actor: Actor, now: Date = new Date()): Promise<{ changed: boolean }> {
  if (!can(actor, "user.manage", { type: "system" })) throw new ForbiddenError("Not allowed to manage users.");
  if (!isUuid(input.userId)) throw new NotFoundError("The user does not exist.");
  if (input.userId === actor.id) throw new ConflictError("user.self", "Administrators cannot disable their own account.");
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: input.userId }, select: { id: true, email: true, disabledAt: true } });
    if (!user) throw new NotFoundError("The user does not exist.");
    if ((user.disabledAt !== null) === input.disabled) return { changed: false };
    await tx.user.update({ where: { id: user.id }, data: { disabledAt: input.disabled ? now : null } });
    if (input.disabled) await tx.userSession.updateMany({ where: { userId: user.id, revokedAt: null }, data: { revokedAt: now } });
    await recordAuditEvent(tx, {
      action: input.disabled ? AUDIT_ACTIONS.userDisable : AUDIT_ACTIONS.userEnable,
      outcome: "success",
      actorId: actor.id,
      actorEmail: actor.email,
      targetType: "user",
      targetId: user.id,
      details: { email: user.email },
    });
    return { changed: true };
  });
}
