import { can, type OrgRef, type PolicyUser } from "../policy/policy";
import { ROLES } from "../policy/roles";

/** Whether `user` may invite anybody, with some role, into `organisation`: what the organisation picker offers. */
export function canInviteInto(user: PolicyUser, organisation: OrgRef): boolean {
  return ROLES.some((role) => can(user, "invitation.create", { type: "invitation", organisation, role }));
}
