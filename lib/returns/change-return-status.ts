import type { Actor } from "../audit/actor";
import { AUDIT_ACTIONS } from "../audit/audit-actions";
import { can } from "../policy/policy";
import { recordAuditEvent } from "../audit/record-audit-event";
import type { Db } from "../db/create-client";
import { readDatabaseClock } from "../db/read-database-clock";
import { ForbiddenError, ReturnStateError, ValidationError } from "../errors";
import type { ReturnStatus } from "../generated/prisma/client";
import { lockReturn } from "./lock-return";
import { REOPEN_REASON_MAX } from "./reopen-reason";

const TRANSITIONS = {
  submit: { action: "return.submit", from: ["draft"], audit: AUDIT_ACTIONS.returnSubmit },
  signOff: { action: "return.signOff", from: ["submitted"], audit: AUDIT_ACTIONS.returnSignOff },
  // Who may take which status back is the policy's (return.reopen); this only says from where.
  reopen: { action: "return.reopen", from: ["submitted", "signed_off"], audit: AUDIT_ACTIONS.returnReopen },
} as const satisfies Record<string, { action: string; from: readonly ReturnStatus[]; audit: string }>;

export type ReturnTransition = keyof typeof TRANSITIONS;


/**
 * Moves a return along draft → submitted → signed off, or back to draft with a reason.
 * Submitting is a programme manager's; signing off (which locks the return) a clinical lead's;
 * returning to draft a programme manager's before sign-off and an administrator's after. The
 * return is row-locked first, so an answer being saved either lands before the change or is
 * refused after it. The time recorded is read after that lock is granted, from the database's
 * clock (the one answers' updated_at come from): a save that held the return while the
 * submission waited is then never newer than the submission. Each move is written to the
 * return's history (return_status_event) and the audit log in the same transaction.
 */
export async function changeReturnStatus(
  db: Db,
  input: { returnId: string; transition: ReturnTransition; reason?: string },
  actor: Actor,
): Promise<void> {
  const transition = TRANSITIONS[input.transition];
  const reason = input.transition === "reopen" ? (input.reason ?? "").trim() : "";
  if (input.transition === "reopen" && (reason.length === 0 || reason.length > REOPEN_REASON_MAX)) {
    throw new ValidationError("reason", "reason.missing", "A reason for returning to draft is required.");
  }
  await db.$transaction(async (tx) => {
    const stored = await lockReturn(tx, input.returnId, actor, "update", transition.action);
    if (!(transition.from as readonly ReturnStatus[]).includes(stored.status)) {
      throw new ReturnStateError(stored.status, `The return is ${stored.status}, not ${transition.from.join(" or ")}.`);
    }
    if (!can(actor, transition.action, { type: "return", ...stored.ref })) {
      throw new ForbiddenError(`Not allowed to ${input.transition} this return.`);
    }
    const now = await readDatabaseClock(tx);
    const to: ReturnStatus = input.transition === "submit" ? "submitted" : input.transition === "signOff" ? "signed_off" : "draft";
    await tx.assessmentReturn.update({
      where: { id: stored.id },
      data:
        to === "submitted"
          ? { status: "submitted", submittedAt: now, submittedByEmail: actor.email }
          : to === "signed_off"
            ? { status: "signed_off", signedOffAt: now, signedOffByEmail: actor.email }
            : // A draft again: its earlier submission and sign-off stay in its history, not on it.
              { status: "draft", submittedAt: null, submittedByEmail: null, signedOffAt: null, signedOffByEmail: null },
    });
    const person = await tx.user.findUnique({ where: { id: actor.id }, select: { name: true } });
    await tx.returnStatusEvent.create({
      data: {
        returnId: stored.id,
        fromStatus: stored.status,
        toStatus: to,
        reason,
        actorId: actor.id,
        actorName: person?.name || actor.email,
        actorEmail: actor.email,
        at: now,
      },
    });
    await recordAuditEvent(tx, {
      action: transition.audit,
      outcome: "success",
      actorId: actor.id,
      actorEmail: actor.email,
      targetType: "return",
      targetId: stored.id,
      details: reason ? { from: stored.status, to, reason } : { from: stored.status, to },
    });
  });
}
