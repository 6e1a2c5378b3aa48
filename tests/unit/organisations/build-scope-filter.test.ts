import { describe, expect, it } from "vitest";
import { can, ORGANISATION_KINDS, type OrgRef, type PolicyUser } from "@/lib/policy/policy";
import { ACTIONS, ROLES, type Role } from "@/lib/policy/roles";
import { ACTION_RESOURCE_TYPE } from "@/lib/policy/policy-types";
import { buildScopeFilter } from "@/lib/organisations/build-scope-filter";
import type { Prisma } from "@/lib/generated/prisma/client";

// Two regions; two ICBs in the first, one in the second; a place and a provider in each ICB.
function region(id: string): OrgRef {
  return { id, kind: "region", regionId: id, icbId: null };
}
function icb(id: string, regionId: string): OrgRef {
  return { id, kind: "icb", regionId, icbId: id };
}
function local(id: string, kind: "place" | "provider", parent: OrgRef): OrgRef {
  return { id, kind, regionId: parent.regionId, icbId: parent.id };
}
const R1 = region("r1");
const R2 = region("r2");
const A = icb("icb-a", "r1");
const B = icb("icb-b", "r1");
const C = icb("icb-c", "r2");
const WORLD: OrgRef[] = [R1, R2, A, B, C];
for (const parent of [A, B, C]) WORLD.push(local(`${parent.id}-place`, "place", parent), local(`${parent.id}-provider`, "provider", parent));

/** The filter's meaning, in memory: exactly the shapes buildScopeFilter produces. */
function matches(where: Prisma.OrganisationWhereInput, org: OrgRef): boolean {
  if (where.OR) return (where.OR as Prisma.OrganisationWhereInput[]).some((condition) => matches(condition, org));
  const { id, kind, regionId, icbId, ...rest } = where as Record<string, unknown>;
  expect(rest).toEqual({});
  if (typeof id === "object" && id !== null) return ((id as { in: string[] }).in ?? []).includes(org.id);
  return (
    (id === undefined || id === org.id) &&
    (kind === undefined || kind === org.kind) &&
    (regionId === undefined || regionId === org.regionId) &&
    (icbId === undefined || icbId === org.icbId)
  );
}

const ORGANISATION_ACTIONS = ACTIONS.filter((action) => ACTION_RESOURCE_TYPE[action] === "organisation");

function usersFor(role: Role): PolicyUser[] {
  return WORLD.map((home) => ({ id: `${role}@${home.id}`, memberships: [{ role, organisation: home }] }));
}

describe("buildScopeFilter", () => {
  it.each(ORGANISATION_ACTIONS)("matches exactly the organisations can() allows for %s, for every role held anywhere", (action) => {
    for (const role of ROLES) {
      for (const user of usersFor(role)) {
        const allows = (organisation: OrgRef) => can(user, action, { type: "organisation", organisation });
        const { where, none } = buildScopeFilter(user, allows);
        const expected = WORLD.filter(allows).map((org) => org.id);
        expect(WORLD.filter((org) => matches(where, org)).map((org) => org.id), `${role} at ${user.id}`).toEqual(expected);
        expect(none).toBe(expected.length === 0);
      }
    }
  });

  it("matches exactly the organisations a user may invite each role into", () => {
    for (const inviterRole of ROLES) {
      for (const user of usersFor(inviterRole)) {
        for (const role of ROLES) {
          const allows = (organisation: OrgRef) => can(user, "invitation.create", { type: "invitation", organisation, role });
          const { where } = buildScopeFilter(user, allows);
          expect(WORLD.filter((org) => matches(where, org)).map((org) => org.id), `${inviterRole} at ${user.id} inviting ${role}`).toEqual(
            WORLD.filter(allows).map((org) => org.id),
          );
        }
      }
    }
  });

  it("unions the scopes of several memberships without widening either", () => {
    const user: PolicyUser = {
      id: "two-hats",
      memberships: [
        { role: "programme_manager", organisation: A },
        { role: "board_member", organisation: C },
      ],
    };
    const allows = (organisation: OrgRef) => can(user, "dashboard.read", { type: "organisation", organisation });
    const { where } = buildScopeFilter(user, allows);
    expect(WORLD.filter((org) => matches(where, org)).map((org) => org.id)).toEqual(WORLD.filter(allows).map((org) => org.id));
    expect(WORLD.filter(allows).map((org) => org.id)).toEqual(["icb-a", "icb-c", "icb-a-place", "icb-a-provider", "icb-c-place", "icb-c-provider"]);
  });

  it("matches nothing for a user with no memberships, or a disabled one", () => {
    for (const user of [{ id: "nobody", memberships: [] }, { id: "off", disabled: true, memberships: [{ role: "administrator" as const, organisation: R1 }] }]) {
      const { where, none } = buildScopeFilter(user, (organisation) => can(user, "organisation.manage", { type: "organisation", organisation }));
      expect(none).toBe(true);
      expect(WORLD.some((org) => matches(where, org))).toBe(false);
    }
  });

  it("gives an administrator every organisation of every kind", () => {
    const admin: PolicyUser = { id: "admin", memberships: [{ role: "administrator", organisation: R1 }] };
    const { where } = buildScopeFilter(admin, (organisation) => can(admin, "organisation.manage", { type: "organisation", organisation }));
    expect(where).toEqual({ OR: ORGANISATION_KINDS.map((kind) => ({ kind })) });
  });
});
