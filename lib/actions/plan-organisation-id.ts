import { can, type PolicyUser } from "../policy/policy";

/** The first organisation the user belongs to whose plan they may read, or null (regional leads, administrators). */
export function planOrganisationId(user: PolicyUser): string | null {
  const membership = user.memberships.find((m) => can(user, "plan.read", { type: "organisation", organisation: m.organisation }));
  return membership?.organisation.id ?? null;
}
