import type { Actor } from "../audit/actor";
import { AUDIT_ACTIONS } from "../audit/audit-actions";
import { recordAuditEvent } from "../audit/record-audit-event";
import type { TransactionClient } from "../db/create-client";

/**
 * Writes a new draft return and its audit row, inside the caller's transaction, once the caller
 * has checked the policy. `details` adds to what the audit row says (a refresh's source).
 */
export async function insertReturn(
  tx: TransactionClient,
  input: { organisationId: string; catalogueVersionId: string; title: string; basedOnId?: string; partnerOfId?: string },
  actor: Actor,
  details: Record<string, string | number> = {},
): Promise<{ id: string }> {
  const created = await tx.assessmentReturn.create({
    data: { ...input, createdById: actor.id },
    select: { id: true },
  });
  await recordAuditEvent(tx, {
    action: AUDIT_ACTIONS.returnCreate,
    outcome: "success",
    actorId: actor.id,
    actorEmail: actor.email,
    targetType: "return",
    targetId: created.id,
    details: { organisationId: input.organisationId, catalogueVersionId: input.catalogueVersionId, title: input.title, ...details },
  });
  return created;
}
