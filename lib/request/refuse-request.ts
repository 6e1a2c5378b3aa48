import "server-only";
import { notFound } from "next/navigation";
import { db } from "../db/prisma";
import { AUDIT_ACTIONS } from "../audit/audit-actions";
import type { CurrentUser } from "./current-user";
import { recordAuditEvent } from "../audit/record-audit-event";
import { requestClientIp } from "./request-client-ip";

/**
 * How every authorise helper says no: an audit row naming what was refused, then 404, exactly
 * as if the thing did not exist, so ids reveal nothing.
 */
export async function refuseRequest(
  user: CurrentUser,
  target: { type: string; id?: string; details: Record<string, unknown> },
): Promise<never> {
  await recordAuditEvent(db(), {
    action: AUDIT_ACTIONS.permissionDenied,
    outcome: "denied",
    actorId: user.id,
    actorEmail: user.email,
    targetType: target.type,
    targetId: target.id,
    ip: await requestClientIp(),
    details: target.details,
  });
  notFound();
}
