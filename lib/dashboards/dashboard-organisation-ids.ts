import { can, type PolicyUser } from "../policy/policy";

/** The organisations of `user`'s own memberships whose dashboard the policy lets them read. */
export function dashboardOrganisationIds(user: PolicyUser): string[] {
  const ids = user.memberships.flatMap((membership) =>
    can(user, "dashboard.read", { type: "organisation", organisation: membership.organisation }) ? [membership.organisation.id] : [],
  );
  return [...new Set(ids)];
}
