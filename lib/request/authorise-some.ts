import "server-only";
import { requireUser, type CurrentUser } from "./current-user";
import { refuseRequest } from "./refuse-request";
import type { Action } from "../policy/roles";

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
  return refuseRequest(user, { type: targetType, details: { action, scope: `any ${targetType}` } });
}
