// The authorisation policy: the single place that decides whether a user may perform an
// action on a resource. Pure TypeScript (no Next, React, Prisma, zod or node imports) so it
// is exhaustively unit tested in tests/unit/auth/policy.test.ts. docs/authorisation.md
// states the same rules in prose.
//
// Deny by default: every answer is `false` unless a rule below explicitly allows it. Unknown
// roles, unknown actions, malformed resources, disabled users and actions asked about the
// wrong resource type are all `false`.

import { ROLES, isAction, isRole, type Action, type Role } from "./roles";
import {
  ACTION_RESOURCE_TYPE,
  ORGANISATION_KINDS,
  RETURN_ORGANISATION_KINDS,
  RETURN_STATUSES,
  type OrganisationKind,
  type OrgRef,
  type PolicyMembership,
  type PolicyUser,
  type Resource,
  type ResourceTypeOf,
  type ReturnScope,
  type ReturnStatus,
} from "./policy-types";

export type * from "./policy-types";
export {
  ACTION_RESOURCE_TYPE,
  ORGANISATION_KINDS,
  RESOURCE_TYPES,
  RETURN_ORGANISATION_KINDS,
  RETURN_STATUSES,
} from "./policy-types";

// ---------------------------------------------------------------------------------------
// The rules, as data
// ---------------------------------------------------------------------------------------

/**
 * How far a membership reaches from its organisation:
 * - "organisation": that organisation only.
 * - "subtree":      a region reaches every organisation in the region; an ICB reaches itself
 *                   and its places/providers; a place or provider reaches only itself.
 * - "everywhere":   every organisation (system roles).
 */
type Reach = "organisation" | "subtree" | "everywhere";

type Grant =
  | {
      readonly on: "return";
      readonly statuses: readonly ReturnStatus[];
      /** Only returns of these organisation kinds (every kind when omitted). */
      readonly organisationKinds?: readonly OrganisationKind[];
    }
  | {
      readonly on: "returnItem";
      readonly statuses: readonly ReturnStatus[];
      /** "any": every item; "assignedOrUnassigned": items assigned to the user, or to nobody. */
      readonly items: "any" | "assignedOrUnassigned";
    }
  | { readonly on: "organisation"; readonly kinds: readonly OrganisationKind[] }
  | { readonly on: "invitation"; readonly roles: readonly Role[] }
  | { readonly on: "region" }
  | { readonly on: "system" }
  | {
      readonly on: "improvementAction";
      /**
       * "any": every action in reach; "published": only actions linked to a submitted or
       * signed-off return; "assigned": only actions linked to an item assigned to the user.
       */
      readonly raisedFrom: "any" | "published" | "assigned";
    };

type GrantFor<A extends Action> = Extract<Grant, { on: ResourceTypeOf<A> }>;

/** A role's grants. An action missing here is denied to the role. */
type Grants = { readonly [A in Action]?: GrantFor<A> };

interface RoleDefinition {
  /** The organisation kinds a membership with this role may be held on; elsewhere it grants nothing. */
  readonly heldOn: readonly OrganisationKind[];
  readonly reach: Reach;
  readonly grants: Grants;
}

const ALL_STATUSES = RETURN_STATUSES;
/**
 * What an organisation has put its name to: the statuses board members and regional leads
 * read, dashboards and comparisons are built from, and a refresh starts from.
 */
export const PUBLISHED_STATUSES: readonly ReturnStatus[] = ["submitted", "signed_off"];
const PUBLISHED = PUBLISHED_STATUSES;
const DRAFT: readonly ReturnStatus[] = ["draft"];
const LOCAL_ORGANISATIONS: readonly OrganisationKind[] = RETURN_ORGANISATION_KINDS;
// Partners' returns answer an ICB's return: only an ICB has places and providers below it.
const ICB_ONLY: readonly OrganisationKind[] = ["icb"];
/** The ICB's readers of what its partners said, drafts included (docs/partner-returns.md). */
const READ_PARTNERS = { on: "return", statuses: ALL_STATUSES, organisationKinds: ICB_ONLY } as const satisfies Grant;

const CONTRIBUTOR_GRANTS = {
  "return.read": { on: "return", statuses: ALL_STATUSES },
  "return.item.edit": { on: "returnItem", statuses: DRAFT, items: "assignedOrUnassigned" },
  // Upload a filled-in workbook into a draft; each item it changes still needs return.item.edit.
  "return.import": { on: "return", statuses: DRAFT },
} as const satisfies Grants;

// The improvement plan: programme managers and clinical leads create and edit; contributors
// only actions raised from items assigned to them; board members and regional leads read (the
// region only what was raised from published returns). Owners with an account: OWNER_ACTIONS.
const PLAN_READ = { on: "organisation", kinds: LOCAL_ORGANISATIONS } as const;
const PLAN_GRANTS = {
  editor: {
    "plan.read": PLAN_READ,
    "action.read": { on: "improvementAction", raisedFrom: "any" },
    "action.create": { on: "improvementAction", raisedFrom: "any" },
    "action.edit": { on: "improvementAction", raisedFrom: "any" },
    "action.updateStatus": { on: "improvementAction", raisedFrom: "any" },
  },
  contributor: {
    "plan.read": PLAN_READ,
    "action.read": { on: "improvementAction", raisedFrom: "any" },
    "action.create": { on: "improvementAction", raisedFrom: "assigned" },
    "action.edit": { on: "improvementAction", raisedFrom: "assigned" },
    "action.updateStatus": { on: "improvementAction", raisedFrom: "assigned" },
  },
  board: { "plan.read": PLAN_READ, "action.read": { on: "improvementAction", raisedFrom: "any" } },
  region: { "plan.read": PLAN_READ, "action.read": { on: "improvementAction", raisedFrom: "published" } },
} as const satisfies Record<string, Grants>;

const ROLE_DEFINITIONS: Readonly<Record<Role, RoleDefinition>> = {
  contributor: {
    heldOn: LOCAL_ORGANISATIONS,
    reach: "organisation",
    grants: { ...CONTRIBUTOR_GRANTS, ...PLAN_GRANTS.contributor },
  },
  clinical_lead: {
    heldOn: LOCAL_ORGANISATIONS,
    reach: "organisation",
    grants: {
      ...CONTRIBUTOR_GRANTS,
      ...PLAN_GRANTS.editor,
      "return.signOff": { on: "return", statuses: ["submitted"] },
      "return.readPartners": READ_PARTNERS,
    },
  },
  programme_manager: {
    heldOn: LOCAL_ORGANISATIONS,
    reach: "subtree",
    grants: {
      "return.read": { on: "return", statuses: ALL_STATUSES },
      "return.create": { on: "organisation", kinds: RETURN_ORGANISATION_KINDS },
      "return.update": { on: "return", statuses: DRAFT },
      "return.item.edit": { on: "returnItem", statuses: DRAFT, items: "any" },
      "return.assign": { on: "return", statuses: DRAFT },
      "return.import": { on: "return", statuses: DRAFT },
      "return.submit": { on: "return", statuses: DRAFT },
      // Next year's draft from this one: the same reach as starting a return for its organisation.
      "return.refresh": { on: "return", statuses: PUBLISHED },
      // Back to draft, with a reason, before the clinical lead has signed it off.
      "return.reopen": { on: "return", statuses: ["submitted"] },
      "dashboard.read": { on: "organisation", kinds: LOCAL_ORGANISATIONS },
      "invitation.create": { on: "invitation", roles: ["contributor"] },
      ...PLAN_GRANTS.editor,
      // Ask the ICB's places and providers to self-assess against this draft, and read them.
      "return.requestPartners": { on: "return", statuses: DRAFT, organisationKinds: ICB_ONLY },
      "return.readPartners": READ_PARTNERS,
    },
  },
  board_member: {
    heldOn: LOCAL_ORGANISATIONS,
    reach: "subtree",
    grants: {
      "return.read": { on: "return", statuses: PUBLISHED },
      "dashboard.read": { on: "organisation", kinds: LOCAL_ORGANISATIONS },
      ...PLAN_GRANTS.board,
    },
  },
  regional_lead: {
    heldOn: ["region"],
    reach: "subtree",
    grants: {
      "return.read": { on: "return", statuses: PUBLISHED },
      "region.compare": { on: "region" },
      ...PLAN_GRANTS.region,
    },
  },
  administrator: {
    heldOn: ORGANISATION_KINDS,
    reach: "everywhere",
    grants: {
      "organisation.manage": { on: "organisation", kinds: ORGANISATION_KINDS },
      "membership.manage": { on: "organisation", kinds: ORGANISATION_KINDS },
      "invitation.create": { on: "invitation", roles: ROLES },
      "user.manage": { on: "system" },
      "catalogue.manage": { on: "system" },
      "audit.read": { on: "system" },
      // Only an administrator undoes a sign-off (with a reason, audited); they still never read returns.
      "return.reopen": { on: "return", statuses: ["signed_off"] },
    },
  },
};

/**
 * The roles whose holders edit the items assigned to them (or to nobody), and so are the
 * people an item can be assigned to.
 */
export const ASSIGNABLE_ROLES: readonly Role[] = ROLES.filter((role) => {
  const grants: Grants = ROLE_DEFINITIONS[role].grants;
  return grants["return.item.edit"]?.items === "assignedOrUnassigned";
});

/** Actions every signed-in, enabled user may perform, whatever (if any) their memberships. */
const SIGNED_IN_ACTIONS: readonly Action[] = ["catalogue.read"];

/** What the owner of an improvement action (a person with an account) may do with it, whatever their memberships. */
const OWNER_ACTIONS: readonly Action[] = ["action.read", "action.updateStatus"];

/**
 * Invariants checked before any role is consulted, so no grant can ever break them: only a
 * draft is edited, assigned or submitted; only a submitted return is signed off; only a
 * published one is refreshed or returned to draft; nothing else changes a signed-off return.
 */
const REQUIRED_RETURN_STATUS: { readonly [A in Action]?: readonly ReturnStatus[] } = {
  "return.update": DRAFT,
  "return.item.edit": DRAFT,
  "return.assign": DRAFT,
  "return.import": DRAFT,
  "return.submit": DRAFT,
  "return.signOff": ["submitted"],
  "return.refresh": PUBLISHED,
  "return.reopen": PUBLISHED,
  "return.requestPartners": DRAFT,
};

// ---------------------------------------------------------------------------------------
// Shape checks (inputs come from sessions, the database and forms; trust none of them)
// ---------------------------------------------------------------------------------------

function isNonEmptyString(value: unknown): value is string {
  return typeof value === "string" && value.length > 0;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

function isOrganisationKind(value: unknown): value is OrganisationKind {
  return typeof value === "string" && (ORGANISATION_KINDS as readonly string[]).includes(value);
}

function isReturnStatus(value: unknown): value is ReturnStatus {
  return typeof value === "string" && (RETURN_STATUSES as readonly string[]).includes(value);
}

/** Whether an organisation reference is internally consistent (see OrgRef). */
export function isWellFormedOrgRef(value: unknown): value is OrgRef {
  if (!isObject(value)) return false;
  const { id, kind, regionId, icbId } = value;
  if (!isNonEmptyString(id) || !isNonEmptyString(regionId) || !isOrganisationKind(kind)) return false;
  switch (kind) {
    case "region":
      return regionId === id && icbId === null;
    case "icb":
      return icbId === id && regionId !== id;
    case "place":
    case "provider":
      return isNonEmptyString(icbId) && icbId !== id && regionId !== id && regionId !== icbId;
  }
}

function isReturnOrganisation(org: OrgRef): boolean {
  return (RETURN_ORGANISATION_KINDS as readonly OrganisationKind[]).includes(org.kind);
}

function isWellFormedReturnRef(value: unknown): boolean {
  return (
    isObject(value) &&
    isReturnStatus(value.status) &&
    isWellFormedOrgRef(value.organisation) &&
    isReturnOrganisation(value.organisation)
  );
}

function isWellFormedResource(value: unknown): value is Resource {
  if (!isObject(value)) return false;
  switch (value.type) {
    case "return":
      return isWellFormedReturnRef(value);
    case "returnItem":
      return (
        isWellFormedReturnRef(value.return) &&
        Array.isArray(value.assigneeIds) &&
        value.assigneeIds.every(isNonEmptyString)
      );
    case "organisation":
      return isWellFormedOrgRef(value.organisation);
    case "invitation":
      return (
        isWellFormedOrgRef(value.organisation) &&
        isRole(value.role) &&
        canHoldRole(value.role, value.organisation.kind)
      );
    case "region":
      return isNonEmptyString(value.regionId);
    case "system":
      return true;
    case "improvementAction":
      return (
        isWellFormedOrgRef(value.organisation) &&
        isReturnOrganisation(value.organisation) &&
        (value.ownerId === null || isNonEmptyString(value.ownerId)) &&
        Array.isArray(value.raisedFrom) &&
        value.raisedFrom.every(
          (link: unknown) =>
            isObject(link) && isReturnStatus(link.status) && Array.isArray(link.assigneeIds) && link.assigneeIds.every(isNonEmptyString),
        )
      );
    default:
      return false;
  }
}

/** A user who may do anything at all: present, with an id, not disabled. */
function isActiveUser(user: PolicyUser | null | undefined): user is PolicyUser {
  return (
    isObject(user) &&
    isNonEmptyString(user.id) &&
    (user.disabled === undefined || user.disabled === false) &&
    Array.isArray(user.memberships)
  );
}

/** A membership that grants anything: a known role, a well-formed organisation the role may be held on. */
function isEffectiveMembership(membership: unknown): membership is PolicyMembership {
  return (
    isObject(membership) &&
    isRole(membership.role) &&
    isWellFormedOrgRef(membership.organisation) &&
    canHoldRole(membership.role, membership.organisation.kind)
  );
}

/** Whether a membership with `role` may be held on an organisation of `kind` (membership forms use this too). */
export function canHoldRole(role: Role, kind: OrganisationKind): boolean {
  return isRole(role) && ROLE_DEFINITIONS[role].heldOn.includes(kind);
}

// ---------------------------------------------------------------------------------------
// Scope
// ---------------------------------------------------------------------------------------

function reaches(membership: PolicyMembership, target: OrgRef): boolean {
  const home = membership.organisation;
  switch (ROLE_DEFINITIONS[membership.role].reach) {
    case "everywhere":
      return true;
    case "organisation":
      return target.id === home.id;
    case "subtree":
      switch (home.kind) {
        case "region":
          return target.regionId === home.id;
        case "icb":
          return target.icbId === home.id;
        case "place":
        case "provider":
          return target.id === home.id;
      }
  }
}

function reachesRegion(membership: PolicyMembership, regionId: string): boolean {
  const home = membership.organisation;
  switch (ROLE_DEFINITIONS[membership.role].reach) {
    case "everywhere":
      return true;
    case "organisation":
    case "subtree":
      // Only a membership on the region itself covers the region as a whole.
      return home.kind === "region" && home.id === regionId;
  }
}

function grantFor(role: Role, action: Action): Grant | undefined {
  const grants = ROLE_DEFINITIONS[role].grants;
  return Object.hasOwn(grants, action) ? grants[action] : undefined;
}

function membershipAllows(user: PolicyUser, membership: PolicyMembership, action: Action, resource: Resource): boolean {
  const grant = grantFor(membership.role, action);
  if (grant === undefined) return false;
  switch (grant.on) {
    case "return":
      return (
        resource.type === "return" &&
        grant.statuses.includes(resource.status) &&
        (grant.organisationKinds === undefined || grant.organisationKinds.includes(resource.organisation.kind)) &&
        reaches(membership, resource.organisation)
      );
    case "returnItem":
      return (
        resource.type === "returnItem" &&
        grant.statuses.includes(resource.return.status) &&
        reaches(membership, resource.return.organisation) &&
        (grant.items === "any" || resource.assigneeIds.length === 0 || resource.assigneeIds.includes(user.id))
      );
    case "organisation":
      return (
        resource.type === "organisation" &&
        grant.kinds.includes(resource.organisation.kind) &&
        reaches(membership, resource.organisation)
      );
    case "invitation":
      return (
        resource.type === "invitation" &&
        grant.roles.includes(resource.role) &&
        reaches(membership, resource.organisation)
      );
    case "region":
      return resource.type === "region" && reachesRegion(membership, resource.regionId);
    case "system":
      return resource.type === "system";
    case "improvementAction":
      return (
        resource.type === "improvementAction" &&
        reaches(membership, resource.organisation) &&
        (grant.raisedFrom === "any" ||
          (grant.raisedFrom === "published" && resource.raisedFrom.some((link) => PUBLISHED.includes(link.status))) ||
          (grant.raisedFrom === "assigned" && resource.raisedFrom.some((link) => link.assigneeIds.includes(user.id))))
      );
  }
}

function satisfiesStatusInvariant(action: Action, resource: Resource): boolean {
  const required = REQUIRED_RETURN_STATUS[action];
  if (required === undefined) return true;
  const status =
    resource.type === "return" ? resource.status : resource.type === "returnItem" ? resource.return.status : undefined;
  return status !== undefined && required.includes(status);
}

// ---------------------------------------------------------------------------------------
// The API
// ---------------------------------------------------------------------------------------

/**
 * Whether `user` may perform `action` on `resource`. Deny by default. `null`/`undefined`
 * (nobody signed in) is always denied.
 */
export function can(user: PolicyUser | null | undefined, action: Action, resource: Resource): boolean {
  if (!isActiveUser(user)) return false;
  if (!isAction(action)) return false;
  if (!isWellFormedResource(resource)) return false;
  if (resource.type !== ACTION_RESOURCE_TYPE[action]) return false;
  if (!satisfiesStatusInvariant(action, resource)) return false;
  if (SIGNED_IN_ACTIONS.includes(action)) return true;
  if (OWNER_ACTIONS.includes(action) && resource.type === "improvementAction" && resource.ownerId === user.id) return true;
  return user.memberships.some(
    (membership) => isEffectiveMembership(membership) && membershipAllows(user, membership, action, resource),
  );
}

/**
 * The returns `user` may list, as filters for a database query, consistent with
 * `can(user, "return.read", …)` (see ReturnScope). One scope per distinct set of statuses.
 */
export function readableReturnScopes(user: PolicyUser | null | undefined): ReturnScope[] {
  if (!isActiveUser(user)) return [];
  interface Draft {
    statuses: ReturnStatus[];
    allOrganisations: boolean;
    organisationIds: Set<string>;
    icbIds: Set<string>;
    regionIds: Set<string>;
  }
  const byStatuses = new Map<string, Draft>();
  for (const membership of user.memberships) {
    if (!isEffectiveMembership(membership)) continue;
    const grant = grantFor(membership.role, "return.read");
    if (grant === undefined || grant.on !== "return") continue;
    const statuses = RETURN_STATUSES.filter((status) => grant.statuses.includes(status));
    if (statuses.length === 0) continue;
    const key = statuses.join(",");
    let scope = byStatuses.get(key);
    if (scope === undefined) {
      scope = { statuses, allOrganisations: false, organisationIds: new Set(), icbIds: new Set(), regionIds: new Set() };
      byStatuses.set(key, scope);
    }
    const home = membership.organisation;
    switch (ROLE_DEFINITIONS[membership.role].reach) {
      case "everywhere":
        scope.allOrganisations = true;
        break;
      case "organisation":
        scope.organisationIds.add(home.id);
        break;
      case "subtree":
        if (home.kind === "region") scope.regionIds.add(home.id);
        else if (home.kind === "icb") scope.icbIds.add(home.id);
        else scope.organisationIds.add(home.id);
        break;
    }
  }
  const sorted = (ids: Set<string>): string[] => [...ids].sort();
  return [...byStatuses.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, scope]) => ({
      statuses: scope.statuses,
      allOrganisations: scope.allOrganisations,
      organisationIds: sorted(scope.organisationIds),
      icbIds: sorted(scope.icbIds),
      regionIds: sorted(scope.regionIds),
    }));
}

/**
 * Evaluates scopes in memory exactly as the database query should: for filtering lists
 * already loaded, and to test that the scopes agree with `can`.
 */
export function returnScopesInclude(
  scopes: readonly ReturnScope[],
  organisation: OrgRef,
  status: ReturnStatus,
): boolean {
  if (!isWellFormedOrgRef(organisation) || !isReturnOrganisation(organisation) || !isReturnStatus(status)) return false;
  return scopes.some(
    (scope) =>
      scope.statuses.includes(status) &&
      (scope.allOrganisations ||
        scope.organisationIds.includes(organisation.id) ||
        (organisation.icbId !== null && scope.icbIds.includes(organisation.icbId)) ||
        scope.regionIds.includes(organisation.regionId)),
  );
}
