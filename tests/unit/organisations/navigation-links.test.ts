import { describe, expect, it } from "vitest";
import { navigationFor } from "@/components/ui/navigation";
import type { OrgRef, PolicyUser } from "@/lib/policy/policy";
import { ROLES, type Role } from "@/lib/policy/roles";

const region: OrgRef = { id: "r1", kind: "region", regionId: "r1", icbId: null };
const icb: OrgRef = { id: "i1", kind: "icb", regionId: "r1", icbId: "i1" };
const place: OrgRef = { id: "p1", kind: "place", regionId: "r1", icbId: "i1" };

function hrefs(role: Role, organisation: OrgRef): string[] {
  const user: PolicyUser = { id: "u", memberships: [{ role, organisation }] };
  return navigationFor(user).map((item) => item.href);
}

// The links must appear exactly for those the pages let in (tests/e2e/routes.spec.ts checks the pages).
describe("the organisations and invitation links", () => {
  it.each(ROLES)("are shown to a %s exactly when their page would let them in", (role) => {
    const home = role === "regional_lead" ? region : icb;
    const links = hrefs(role, home);
    expect(links.includes("/admin/organisations")).toBe(role === "administrator");
    expect(links.includes("/invitations/new")).toBe(role === "administrator" || role === "programme_manager");
  });

  it("offers a programme manager of a place the invitation page too (they invite contributors to it)", () => {
    expect(hrefs("programme_manager", place)).toContain("/invitations/new");
  });
});
