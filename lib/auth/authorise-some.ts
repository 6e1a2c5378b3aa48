import "server-only";
import { notFound } from "next/navigation";
import { db } from "../db/prisma";
import { AUDIT_ACTIONS } from "./audit-actions";
import { requireUser, type CurrentUser } from "./current-user";
import type { Action } from "./roles";
import { recordAuditEvent } from "./record-audit-event";
import { requestClientIp } from "./request-client-ip";

/**
 * authorise() for a page that leads to one of several things (the regions a lead may compare,
 * the dashboards a board member may read): the signed-in user and the ids `pick` allows them.
 * Someone allowed none is audited and answered 404, as authorise() answers a refusal.
 */
export async function authoriseSome(
  action: Action,
  targetType: string,
  pick: (user: CurrentUser) => string[],
  returnTo?: string,
): Promise<{ user: CurrentUser; ids: string[] }> {
  const user = await requireUser(returnTo);
  const ids = pick(user);
  if (ids.length > 0) return { user, ids };
  await recordAuditEvent(db(), {
    action: AUDIT_ACTIONS.permissionDenied,
    outcome: "denied",
    actorId: user.id,
    actorEmail: user.email,
    targetType,
    ip: await requestClientIp(),
    details: { action, scope: `any ${targetType}` },
  });
  notFound();
}
