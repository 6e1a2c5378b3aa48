// Roles and actions are const arrays first and types second so that tests, seed data and
// forms can enumerate them, and so a role or action added here without a matching rule
// and test expectation makes tests/unit/auth/policy.test.ts fail.

export const ROLES = [
  "contributor",
  "programme_manager",
  "clinical_lead",
  "board_member",
  "regional_lead",
  "administrator",
] as const;

export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Readonly<Record<Role, string>> = {
  contributor: "Contributor",
  programme_manager: "Programme manager",
  clinical_lead: "Clinical lead",
  board_member: "Board member",
  regional_lead: "Regional lead",
  administrator: "Administrator",
};

export const ACTIONS = [
  "return.read",
  "return.create",
  "return.update",
  "return.item.edit",
  "return.assign",
  "return.import",
  "return.submit",
  "return.signOff",
  "return.refresh",
  "return.reopen",
  // Partners' returns (docs/partner-returns.md): asked of the ICB's own return.
  "return.requestPartners",
  "return.readPartners",
  "dashboard.read",
  "region.compare",
  "organisation.manage",
  "user.manage",
  "membership.manage",
  "invitation.create",
  "catalogue.manage",
  "catalogue.read",
  "audit.read",
  // The improvement plan (docs/authorisation.md, "The improvement plan").
  "plan.read",
  "action.read",
  "action.create",
  "action.edit",
  "action.updateStatus",
] as const;

export type Action = (typeof ACTIONS)[number];

// Role and action strings arrive from the database, sessions and forms; these guards let
// callers narrow them without trusting the source.
const roleSet: ReadonlySet<string> = new Set(ROLES);
const actionSet: ReadonlySet<string> = new Set(ACTIONS);

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && roleSet.has(value);
}

export function isAction(value: unknown): value is Action {
  return typeof value === "string" && actionSet.has(value);
}
