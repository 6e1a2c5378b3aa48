import { can, type PolicyUser } from "../policy/policy";

/** The regions `user` may compare: those of their memberships the policy grants `region.compare` on. */
export function comparableRegionIds(user: PolicyUser): string[] {
  const ids = user.memberships.flatMap((membership) =>
    membership.organisation.kind === "region" && can(user, "region.compare", { type: "region", regionId: membership.organisation.id })
      ? [membership.organisation.id]
      : [],
  );
  return [...new Set(ids)];
}
