import "server-only";
import { notFound } from "next/navigation";
import { AUDIT_ACTIONS } from "../auth/audit-actions";
import { requireUser, type CurrentUser } from "../auth/current-user";
import { recordAuditEvent } from "../auth/record-audit-event";
import { requestClientIp } from "../auth/request-client-ip";
import { db } from "../db/prisma";
import { comparableRegionIds } from "./comparable-region-ids";

/**
 * authorise() for the page that lists regions to compare: the signed-in user and the regions
 * they may compare. Someone who may compare none is audited and answered 404, as authorise()
 * answers a refusal.
 */
export async function authoriseComparableRegions(returnTo?: string): Promise<{ user: CurrentUser; regionIds: string[] }> {
  const user = await requireUser(returnTo);
  const regionIds = comparableRegionIds(user);
  if (regionIds.length > 0) return { user, regionIds };
  await recordAuditEvent(db(), {
    action: AUDIT_ACTIONS.permissionDenied,
    outcome: "denied",
    actorId: user.id,
    actorEmail: user.email,
    targetType: "region",
    ip: await requestClientIp(),
    details: { action: "region.compare", scope: "any region" },
  });
  notFound();
}
