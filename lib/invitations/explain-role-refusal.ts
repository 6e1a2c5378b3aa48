import { can, canHoldRole, type OrgRef, type PolicyUser } from "../policy/policy";
import type { Role } from "../policy/roles";

/**
 * Why `user`, who may invite into `organisation`, may not invite someone there with `role`: the
 * role cannot belong to that kind of organisation, or it is not theirs to give. Null when they may.
 */
export function explainRoleRefusal(user: PolicyUser, organisation: OrgRef, role: Role): "role.notHeldOn" | "role.notAllowed" | null {
  if (can(user, "invitation.create", { type: "invitation", organisation, role })) return null;
  return canHoldRole(role, organisation.kind) ? "role.notAllowed" : "role.notHeldOn";
}
