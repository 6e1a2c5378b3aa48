import "server-only";
import { requireUser, type CurrentUser } from "../request/current-user";
import { refuseRequest } from "../request/refuse-request";
import type { OrgRef } from "../policy/policy";
import type { Action } from "../policy/roles";
import { buildScopeFilter, type ScopeFilter } from "./build-scope-filter";

/**
 * authorise() for a page about many organisations rather than one (a list, a form with an
 * organisation picker): the signed-in user and the organisations they may `action`, as a
 * query filter. A user who may do it to no organisation at all is audited and answered 404,
 * exactly like authorise() refusing a single resource.
 */
export async function authoriseOrganisationScope(
  action: Action,
  allows: (user: CurrentUser, organisation: OrgRef) => boolean,
  returnTo?: string,
): Promise<{ user: CurrentUser; scope: ScopeFilter }> {
  const user = await requireUser(returnTo);
  const scope = buildScopeFilter(user, (organisation) => allows(user, organisation));
  if (!scope.none) return { user, scope };
  return refuseRequest(user, { type: "organisation", details: { action, scope: "any organisation" } });
}
