import "server-only";
import { requireUser, type CurrentUser } from "./current-user";
import { refuseRequest } from "./refuse-request";
import { can, type Resource } from "../policy/policy";
import type { Action } from "../policy/roles";

function targetIdOf(resource: Resource): string | undefined {
  switch (resource.type) {
    case "organisation":
    case "invitation":
    case "return":
    case "improvementAction":
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
  return refuseRequest(user, { type: resource.type, id: targetIdOf(resource), details: { action, resource } });
}
