import { describe, expect, it } from "vitest";
import { nextStepsFor } from "../../../components/home/next-steps";
import type { OrgRef, PolicyUser } from "../../../lib/policy/policy";
import type { Role } from "../../../lib/policy/roles";

const region: OrgRef = { id: "r1", kind: "region", regionId: "r1", icbId: null };
const icb: OrgRef = { id: "i1", kind: "icb", regionId: "r1", icbId: "i1" };
const stepsOf = (role: Role, organisation: OrgRef = role === "regional_lead" ? region : icb) =>
  nextStepsFor({ id: "u", memberships: [{ role, organisation }] } satisfies PolicyUser).map((step) => `${step.label} ${step.href}`);

describe("each role's next step on the home page", () => {
  it("gives a programme manager 'Start a self-assessment' first, then their dashboard", () => {
    expect(stepsOf("programme_manager")).toEqual(["Start a self-assessment /returns/new", "Read your dashboard /dashboard"]);
  });

  it("gives a board member their dashboard", () => {
    expect(stepsOf("board_member")).toEqual(["Read your dashboard /dashboard"]);
  });

  it("gives a regional lead 'Compare ICBs', and nothing for the role held on an ICB, where it grants nothing", () => {
    expect(stepsOf("regional_lead")).toEqual(["Compare ICBs /regions"]);
    expect(stepsOf("regional_lead", icb)).toEqual([]);
  });

  it("gives an administrator users and organisations", () => {
    expect(stepsOf("administrator")).toEqual(["Manage users /admin/users", "Manage organisations /admin/organisations"]);
  });

  it("points contributors and clinical leads at the self-assessments they rate or sign off", () => {
    expect(stepsOf("contributor")).toEqual(["Read the self-assessments /returns"]);
    expect(stepsOf("clinical_lead")).toEqual(["Read the self-assessments /returns"]);
  });

  it("gives somebody with no role, or disabled, no step", () => {
    expect(nextStepsFor({ id: "u", memberships: [] })).toEqual([]);
    expect(nextStepsFor({ id: "u", disabled: true, memberships: [{ role: "administrator", organisation: icb }] })).toEqual([]);
  });
});
