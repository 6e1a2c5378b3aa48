import { can, type PolicyUser } from "../policy/policy";
import { ROLES, type Role } from "../policy/roles";
import { buildScopeFilter } from "../organisations/build-scope-filter";

/** The roles `user` may invite somebody with into at least one organisation, in ROLES order. */
export function listInvitableRoles(user: PolicyUser): Role[] {
  return ROLES.filter(
    (role) => !buildScopeFilter(user, (organisation) => can(user, "invitation.create", { type: "invitation", organisation, role })).none,
  );
}
