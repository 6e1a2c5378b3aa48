// The header's navigation, in one place: each link with the policy question that shows it,
// so a link appears exactly for the people the page behind it would let in. Add a feature's
// link here, asking the same question its page's authorise() asks.
import { copy } from "../../lib/copy/en";
import { planCopy } from "../../lib/copy/plan";
import { planOrganisationId } from "../../lib/actions/plan-organisation-id";
import { canInviteInto } from "../../lib/invitations/can-invite-into";
import { dashboardOrganisationIds } from "../../lib/dashboards/dashboard-organisation-ids";
import { comparableRegionIds } from "../../lib/regions/comparable-region-ids";
import { canCreateReturnFor } from "../../lib/returns/can-create-return-for";
import { can, readableReturnScopes, type OrgRef, type PolicyUser } from "../../lib/policy/policy";

export type NavItem = { href: string; label: string };

type NavEntry = NavItem & { visible: (user: PolicyUser) => boolean };

/**
 * For links to pages about "an organisation of mine" (pages that then ask about a specific
 * one): whether the user may `test` at least one organisation they are a member of.
 */
export function onAnyOwnOrganisation(user: PolicyUser, test: (organisation: OrgRef) => boolean): boolean {
  return user.memberships.some((membership) => test(membership.organisation));
}

const NAV_ENTRIES: readonly NavEntry[] = [
  { href: "/dashboard", label: copy.dashboards.navLink, visible: (user) => dashboardOrganisationIds(user).length > 0 },
  {
    href: "/returns",
    label: copy.returns.navLink,
    // The list shows what the user may read; a link to an empty list helps nobody.
    visible: (user) =>
      readableReturnScopes(user).length > 0 || onAnyOwnOrganisation(user, (organisation) => canCreateReturnFor(user, organisation)),
  },
  { href: "/plan", label: planCopy.navLink, visible: (user) => planOrganisationId(user) !== null },
  { href: "/regions", label: copy.regions.navLink, visible: (user) => comparableRegionIds(user).length > 0 },
  { href: "/catalogue", label: copy.nav.catalogue, visible: (user) => can(user, "catalogue.read", { type: "system" }) },
  {
    href: "/invitations/new",
    label: copy.invitations.navLink,
    visible: (user) => onAnyOwnOrganisation(user, (organisation) => canInviteInto(user, organisation)),
  },
  {
    href: "/admin/catalogues",
    label: copy.catalogueVersions.navLink,
    visible: (user) => can(user, "catalogue.manage", { type: "system" }),
  },
  { href: "/admin/users", label: copy.users.navLink, visible: (user) => can(user, "user.manage", { type: "system" }) },
  { href: "/admin/audit", label: copy.audit.navLink, visible: (user) => can(user, "audit.read", { type: "system" }) },
  {
    href: "/admin/organisations",
    label: copy.organisations.navLink,
    visible: (user) =>
      onAnyOwnOrganisation(user, (organisation) => can(user, "organisation.manage", { type: "organisation", organisation })),
  },
];

/** The links to show `user` (none when nobody is signed in), in display order. */
export function navigationFor(user: PolicyUser | null): NavItem[] {
  if (!user) return [];
  return NAV_ENTRIES.filter((entry) => entry.visible(user)).map(({ href, label }) => ({ href, label }));
}
