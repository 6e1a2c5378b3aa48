import { can, type OrgRef, type PolicyUser } from "../auth/policy";
import { ROLES } from "../auth/roles";

/** Whether `user` may invite anybody, with some role, into `organisation`: what the organisation picker offers. */
export function canInviteInto(user: PolicyUser, organisation: OrgRef): boolean {
  return ROLES.some((role) => can(user, "invitation.create", { type: "invitation", organisation, role }));
}
