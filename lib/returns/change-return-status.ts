import type { Actor } from "../audit/actor";
import { AUDIT_ACTIONS } from "../audit/audit-actions";
import { can } from "../policy/policy";
import { recordAuditEvent } from "../audit/record-audit-event";
import type { Db } from "../db/create-client";
import { readDatabaseClock } from "../db/read-database-clock";
import { ForbiddenError, ReturnStateError } from "../errors";
import { lockReturn } from "./lock-return";

const TRANSITIONS = {
  submit: { action: "return.submit", from: "draft", to: "submitted", audit: AUDIT_ACTIONS.returnSubmit },
  signOff: { action: "return.signOff", from: "submitted", to: "signed_off", audit: AUDIT_ACTIONS.returnSignOff },
} as const;

export type ReturnTransition = keyof typeof TRANSITIONS;

/**
 * Moves a return along draft → submitted → signed off. Submitting is a programme manager's;
 * signing off (which locks the return for good) a clinical lead's. The return is row-locked
 * first, so an answer being saved either lands before the change or is refused after it.
 * The time recorded is read after that lock is granted, from the database's clock (the one
 * answers' updated_at come from): a save that held the return while the submission waited is
 * then never newer than the submission.
 */
export async function changeReturnStatus(
  db: Db,
  input: { returnId: string; transition: ReturnTransition },
  actor: Actor,
): Promise<void> {
  const transition = TRANSITIONS[input.transition];
  await db.$transaction(async (tx) => {
    const stored = await lockReturn(tx, input.returnId, actor, "update");
    if (stored.status !== transition.from) {
      throw new ReturnStateError(stored.status, `The return is ${stored.status}, not ${transition.from}.`);
    }
    if (!can(actor, transition.action, { type: "return", ...stored.ref })) {
      throw new ForbiddenError(`Not allowed to ${input.transition} this return.`);
    }
    const now = await readDatabaseClock(tx);
    await tx.assessmentReturn.update({
      where: { id: stored.id },
      data:
        transition.to === "submitted"
          ? { status: "submitted", submittedAt: now, submittedByEmail: actor.email }
          : { status: "signed_off", signedOffAt: now, signedOffByEmail: actor.email },
    });
    await recordAuditEvent(tx, {
      action: transition.audit,
      outcome: "success",
      actorId: actor.id,
      actorEmail: actor.email,
      targetType: "return",
      targetId: stored.id,
      details: { from: transition.from, to: transition.to },
    });
  });
}
