// "Permission in the query" for organisation lists: turns a policy question about one
// organisation into a database filter over all of them, without restating any rule here.
//
// The policy's scopes only ever take these shapes (docs/authorisation.md): every
// organisation (of some kinds), a whole region, a whole ICB with its places and providers, or
// a single organisation. So the filter is found by asking the policy itself about stand-in
// organisations: one in a region none of the user's memberships touch (answers "everywhere"),
// a new one inside each membership's region and ICB (answers "the whole region / ICB"), and
// the membership's own region, ICB and organisation. Whatever the policy allows becomes one
// SQL condition. tests/integration/organisations.test.ts proves the filter and `can` agree on
// every seeded organisation.
import { randomUUID } from "node:crypto";
import { ORGANISATION_KINDS, isWellFormedOrgRef, type OrganisationKind, type OrgRef, type PolicyUser } from "../policy/policy";
import type { Prisma } from "../generated/prisma/client";

export interface ScopeFilter {
  /** A Prisma `where` for the organisation table; matches nothing when `none`. */
  readonly where: Prisma.OrganisationWhereInput;
  /** True when the user may do this to no organisation at all. */
  readonly none: boolean;
}

/** A stand-in id no stored organisation has (ids are uuids; this is not one). */
function standInId(): string {
  return `stand-in-${randomUUID()}`;
}

/** A new organisation of `kind` at the given place in the hierarchy. */
function standIn(kind: OrganisationKind, regionId: string, icbId: string | null): OrgRef {
  const id = standInId();
  switch (kind) {
    case "region":
      return { id, kind, regionId: id, icbId: null };
    case "icb":
      return { id, kind, regionId, icbId: id };
    case "place":
    case "provider":
      return { id, kind, regionId, icbId: icbId ?? standInId() };
  }
}

/**
 * The organisations for which `allows(organisation)` is true, as a filter. `allows` is a
 * policy question about one organisation, e.g.
 * `(organisation) => can(user, "organisation.manage", { type: "organisation", organisation })`.
 */
export function buildScopeFilter(user: PolicyUser, allows: (organisation: OrgRef) => boolean): ScopeFilter {
  const conditions = new Map<string, Prisma.OrganisationWhereInput>();
  const add = (condition: Prisma.OrganisationWhereInput) => conditions.set(JSON.stringify(condition), condition);

  for (const kind of ORGANISATION_KINDS) {
    if (allows(standIn(kind, standInId(), null))) {
      add({ kind });
      continue;
    }
    for (const { organisation: home } of user.memberships) {
      if (!isWellFormedOrgRef(home)) continue;
      // The home's region as a whole, and the region itself.
      if (kind === "region") {
        if (allows({ id: home.regionId, kind: "region", regionId: home.regionId, icbId: null })) add({ id: home.regionId });
      } else if (allows(standIn(kind, home.regionId, null))) {
        add({ kind, regionId: home.regionId });
        continue;
      }
      // The home's ICB as a whole, and the ICB itself.
      if (home.icbId !== null) {
        if (kind === "icb") {
          if (allows({ id: home.icbId, kind: "icb", regionId: home.regionId, icbId: home.icbId })) add({ id: home.icbId });
        } else if (kind !== "region" && allows(standIn(kind, home.regionId, home.icbId))) {
          add({ kind, icbId: home.icbId });
          continue;
        }
      }
      // The home organisation alone.
      if (home.kind === kind && allows(home)) add({ id: home.id });
    }
  }

  const list = [...conditions.values()];
  return list.length === 0 ? { where: { id: { in: [] } }, none: true } : { where: { OR: list }, none: false };
}
