// Each role's next step on the home page, asked of the policy the same way the header's links
// are (components/ui/navigation.ts), so a step appears exactly for the people the page behind it
// would let in. Someone with several roles sees every step that is theirs.
import { copy } from "../../lib/copy/en";
import { dashboardOrganisationIds } from "../../lib/dashboards/dashboard-organisation-ids";
import { comparableRegionIds } from "../../lib/regions/comparable-region-ids";
import { canCreateReturnFor } from "../../lib/returns/can-create-return-for";
import { can, readableReturnScopes, type PolicyUser } from "../../lib/policy/policy";
import { onAnyOwnOrganisation } from "../ui/navigation";

export type NextStep = { href: string; label: string; description: string };

export function nextStepsFor(user: PolicyUser): NextStep[] {
  const t = copy.home.nextSteps;
  const steps: NextStep[] = [];
  const canStart = onAnyOwnOrganisation(user, (organisation) => canCreateReturnFor(user, organisation));
  if (canStart) steps.push({ href: "/returns/new", ...t.start });
  if (dashboardOrganisationIds(user).length > 0) steps.push({ href: "/dashboard", ...t.dashboard });
  if (comparableRegionIds(user).length > 0) steps.push({ href: "/regions", ...t.compare });
  if (can(user, "user.manage", { type: "system" })) steps.push({ href: "/admin/users", ...t.users });
  if (onAnyOwnOrganisation(user, (organisation) => can(user, "organisation.manage", { type: "organisation", organisation }))) {
    steps.push({ href: "/admin/organisations", ...t.organisations });
  }
  // Contributors and clinical leads: the self-assessments they rate or sign off.
  if (!canStart && steps.length === 0 && readableReturnScopes(user).length > 0) steps.push({ href: "/returns", ...t.returns });
  return steps;
}
