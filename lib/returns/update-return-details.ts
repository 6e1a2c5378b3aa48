import type { Actor } from "../audit/actor";
import { AUDIT_ACTIONS } from "../audit/audit-actions";
import { can } from "../policy/policy";
import { recordAuditEvent } from "../audit/record-audit-event";
import type { Db } from "../db/create-client";
import { ForbiddenError, ReturnStateError } from "../errors";
import { lockReturn } from "./lock-return";

/** The front sheet's header fields, as the programme manager keeps them. */
export interface ReturnDetails {
  readonly title: string;
  readonly completedBy: string;
  readonly versionNote: string;
  readonly completionDate: Date | null;
  readonly livedExperience: string;
}

export async function updateReturnDetails(db: Db, returnId: string, details: ReturnDetails, actor: Actor): Promise<void> {
  await db.$transaction(async (tx) => {
    const stored = await lockReturn(tx, returnId, actor, "update");
    if (stored.status !== "draft") throw new ReturnStateError(stored.status, "The return is no longer a draft.");
    if (!can(actor, "return.update", { type: "return", ...stored.ref })) throw new ForbiddenError("Not allowed to change this return.");
    await tx.assessmentReturn.update({ where: { id: stored.id }, data: { ...details } });
    await recordAuditEvent(tx, {
      action: AUDIT_ACTIONS.returnUpdate,
      outcome: "success",
      actorId: actor.id,
      actorEmail: actor.email,
      targetType: "return",
      targetId: stored.id,
      details: { fields: Object.keys(details) },
    });
  });
}
