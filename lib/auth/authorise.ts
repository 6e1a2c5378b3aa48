import "server-only";
import { notFound } from "next/navigation";
import { db } from "../db/prisma";
import { AUDIT_ACTIONS } from "./audit-actions";
import { requireUser, type CurrentUser } from "./current-user";
import { can, type Resource } from "./policy";
import type { Action } from "./roles";
import { recordAuditEvent } from "./record-audit-event";
import { requestClientIp } from "./request-client-ip";

function targetIdOf(resource: Resource): string | undefined {
  switch (resource.type) {
    case "organisation":
    case "invitation":
    case "return":
      return resource.organisation.id;
    case "returnItem":
      return resource.return.organisation.id;
    case "region":
      return resource.regionId;
    case "system":
      return undefined;
  }
}

/**
 * The first line of every protected page, route handler and server action: the signed-in
 * user (or a redirect to sign in), allowed `action` on `resource` by the policy. A refusal is
 * audited and answered 404, exactly as if the thing did not exist, so ids reveal nothing.
 */
export async function authorise(action: Action, resource: Resource, returnTo?: string): Promise<CurrentUser> {
  const user = await requireUser(returnTo);
  if (can(user, action, resource)) return user;
  await recordAuditEvent(db(), {
    action: AUDIT_ACTIONS.permissionDenied,
    outcome: "denied",
    actorId: user.id,
    actorEmail: user.email,
    targetType: resource.type,
    targetId: targetIdOf(resource),
    ip: await requestClientIp(),
    details: { action, resource },
  });
  notFound();
}
