import { describe, expect, it } from "vitest";
import { navigationFor } from "../../../components/ui/navigation";
import type { OrgRef, PolicyUser } from "../../../lib/policy/policy";
import { ROLES } from "../../../lib/policy/roles";

const region: OrgRef = { id: "r1", kind: "region", regionId: "r1", icbId: null };
const icb: OrgRef = { id: "i1", kind: "icb", regionId: "r1", icbId: "i1" };

describe("navigationFor", () => {
  it("shows nothing to somebody not signed in, or disabled", () => {
    expect(navigationFor(null)).toEqual([]);
    expect(navigationFor({ id: "u", disabled: true, memberships: [{ role: "administrator", organisation: icb }] })).toEqual([]);
  });

  it.each(ROLES)("shows the catalogue to a %s", (role) => {
    const user: PolicyUser = { id: "u", memberships: [{ role, organisation: role === "regional_lead" ? region : icb }] };
    expect(navigationFor(user)).toContainEqual({ href: "/catalogue", label: "Catalogue" });
  });

  it.each(["contributor", "programme_manager", "clinical_lead", "board_member", "regional_lead"] as const)(
    "shows self-assessments to a %s, whose roles read returns",
    (role) => {
      const user: PolicyUser = { id: "u", memberships: [{ role, organisation: role === "regional_lead" ? region : icb }] };
      expect(navigationFor(user)).toContainEqual({ href: "/returns", label: "Self-assessments" });
    },
  );

  it("does not show self-assessments to an administrator, who manages the system but reads no returns", () => {
    const user: PolicyUser = { id: "u", memberships: [{ role: "administrator", organisation: icb }] };
    expect(navigationFor(user).map((item) => item.href)).not.toContain("/returns");
  });

  it("shows the catalogue to a signed-in user with no membership at all", () => {
    expect(navigationFor({ id: "u", memberships: [] })).toEqual([{ href: "/catalogue", label: "Catalogue" }]);
  });

  it("shows the regional comparison to a regional lead only", () => {
    for (const role of ROLES) {
      const user: PolicyUser = { id: "u", memberships: [{ role, organisation: role === "regional_lead" ? region : icb }] };
      const hrefs = navigationFor(user).map((item) => item.href);
      expect(hrefs.includes("/regions"), role).toBe(role === "regional_lead");
    }
  });

  it("does not show the comparison for a regional lead's role held on an ICB, where it grants nothing", () => {
    const user: PolicyUser = { id: "u", memberships: [{ role: "regional_lead", organisation: icb }] };
    expect(navigationFor(user).map((item) => item.href)).not.toContain("/regions");
  });

  it("shows catalogue versions to administrators only", () => {
    for (const role of ROLES) {
      const user: PolicyUser = { id: "u", memberships: [{ role, organisation: role === "regional_lead" ? region : icb }] };
      expect(navigationFor(user).some((item) => item.href === "/admin/catalogues"), role).toBe(role === "administrator");
    }
  });

  it("puts the dashboard first for programme managers and board members of an ICB or a place, and nobody else", () => {
    const place: OrgRef = { id: "p1", kind: "place", regionId: "r1", icbId: "i1" };
    for (const role of ROLES) {
      for (const organisation of role === "regional_lead" ? [region] : [icb, place]) {
        const user: PolicyUser = { id: "u", memberships: [{ role, organisation }] };
        const first = navigationFor(user)[0];
        const expected = role === "programme_manager" || role === "board_member";
        expect(first?.href === "/dashboard", `${role} on ${organisation.kind}`).toBe(expected);
      }
    }
  });
});
