import { describe, expect, it } from "vitest";
import type { OrgRef, PolicyUser } from "@/lib/policy/policy";
import { explainRoleRefusal } from "@/lib/invitations/explain-role-refusal";

const icb: OrgRef = { id: "icb", kind: "icb", regionId: "r", icbId: "icb" };
const pm: PolicyUser = { id: "pm", memberships: [{ role: "programme_manager", organisation: icb }] };

describe("explainRoleRefusal", () => {
  it("says nothing when the policy allows the invitation", () => {
    expect(explainRoleRefusal(pm, icb, "contributor")).toBeNull();
  });

  it("tells a role the organisation cannot hold from a role that is not the inviter's to give", () => {
    expect(explainRoleRefusal(pm, icb, "regional_lead")).toBe("role.notHeldOn");
    expect(explainRoleRefusal(pm, icb, "board_member")).toBe("role.notAllowed");
  });
});
