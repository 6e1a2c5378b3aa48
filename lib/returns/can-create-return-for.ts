import { can, type OrgRef, type PolicyUser } from "../policy/policy";

/** Whether `user` may start a return for `organisation`: the one question pickers and links ask. */
export function canCreateReturnFor(user: PolicyUser, organisation: OrgRef): boolean {
  return can(user, "return.create", { type: "organisation", organisation });
}
