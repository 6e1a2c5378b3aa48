// The vocabulary of the authorisation policy (lib/auth/policy.ts): who asks (PolicyUser),
// about what (Resource). Pure TypeScript with no framework imports so it can be used from
// server code, seed scripts and unit tests alike. docs/authorisation.md explains the rules.

import type { Action, Role } from "./roles";

// ---------------------------------------------------------------------------------------
// Organisations: Region → ICB → places and providers within an ICB.
// ---------------------------------------------------------------------------------------

export const ORGANISATION_KINDS = ["region", "icb", "place", "provider"] as const;

export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

/**
 * Where an organisation sits in the hierarchy. Well formed means:
 * - region:            `regionId === id` and `icbId === null`
 * - icb:               `icbId === id` (and `regionId` is its region)
 * - place / provider:  `icbId` is the parent ICB (never its own id), `regionId` that ICB's region
 * A reference that is not well formed is ignored in a membership and denied as a resource.
 */
export interface OrgRef {
  readonly id: string;
  readonly kind: OrganisationKind;
  readonly regionId: string;
  readonly icbId: string | null;
}

/** The organisation kinds a return (self-assessment) can belong to. Never a region. */
export const RETURN_ORGANISATION_KINDS = ["icb", "place", "provider"] as const satisfies readonly OrganisationKind[];

// ---------------------------------------------------------------------------------------
// Users
// ---------------------------------------------------------------------------------------

export interface PolicyMembership {
  readonly organisation: OrgRef;
  /** Typed as Role, but checked at run time too: an unknown role string grants nothing. */
  readonly role: Role;
}

/**
 * The signed-in user as the policy sees them. A permission granted through one membership
 * applies only within that membership's scope; memberships never combine.
 */
export interface PolicyUser {
  readonly id: string;
  /** Anything other than `undefined` or `false` counts as disabled: a disabled user can do nothing. */
  readonly disabled?: boolean;
  readonly memberships: readonly PolicyMembership[];
}

// ---------------------------------------------------------------------------------------
// Resources
// ---------------------------------------------------------------------------------------

export const RETURN_STATUSES = ["draft", "submitted", "signed_off"] as const;

export type ReturnStatus = (typeof RETURN_STATUSES)[number];

/** A return (one organisation's self-assessment) as far as the policy needs to know it. */
export interface ReturnRef {
  readonly organisation: OrgRef;
  readonly status: ReturnStatus;
}

export interface ReturnResource extends ReturnRef {
  readonly type: "return";
}

/**
 * One item (answer) of a return. `assigneeIds` are the users the item is assigned to; an
 * empty list means the item is unassigned, which any contributor or clinical lead of the
 * return's organisation may edit while the return is a draft.
 */
export interface ReturnItemResource {
  readonly type: "returnItem";
  readonly return: ReturnRef;
  readonly assigneeIds: readonly string[];
}

/** An organisation as the target of return.create, dashboard.read, organisation.manage, membership.manage. */
export interface OrganisationResource {
  readonly type: "organisation";
  readonly organisation: OrgRef;
}

/** An invitation to join `organisation` with `role`: the role is part of the question so nobody invites above themselves. */
export interface InvitationResource {
  readonly type: "invitation";
  readonly organisation: OrgRef;
  readonly role: Role;
}

/** A region as a whole, for region.compare. */
export interface RegionResource {
  readonly type: "region";
  readonly regionId: string;
}

/** The system itself: users, catalogue versions, the audit log. */
export interface SystemResource {
  readonly type: "system";
}

/**
 * An action of an organisation's improvement plan (or one about to be created). `raisedFrom`
 * holds the status of each return it is linked to and the assignees of the linked item there
 * (empty for an ambition-level link or an unassigned item); `ownerId` is the account that owns
 * it, or null when the owner is a named organisation.
 */
export interface ImprovementActionResource {
  readonly type: "improvementAction";
  readonly organisation: OrgRef;
  readonly ownerId: string | null;
  readonly raisedFrom: readonly { readonly status: ReturnStatus; readonly assigneeIds: readonly string[] }[];
}

export type Resource =
  | ImprovementActionResource
  | ReturnResource
  | ReturnItemResource
  | OrganisationResource
  | InvitationResource
  | RegionResource
  | SystemResource;

export type ResourceType = Resource["type"];

export const RESOURCE_TYPES = [
  "return",
  "returnItem",
  "organisation",
  "invitation",
  "region",
  "system",
  "improvementAction",
] as const satisfies readonly ResourceType[];

/**
 * The one resource type each action applies to. An action asked about any other resource
 * type is denied. Typed against every Action, so adding an action to roles.ts without
 * saying what it applies to does not compile.
 */
export const ACTION_RESOURCE_TYPE = {
  "return.read": "return",
  "return.create": "organisation",
  "return.update": "return",
  "return.item.edit": "returnItem",
  "return.assign": "return",
  "return.import": "return",
  "return.submit": "return",
  "return.signOff": "return",
  "return.refresh": "return",
  "return.reopen": "return",
  "return.requestPartners": "return",
  "return.readPartners": "return",
  "dashboard.read": "organisation",
  "region.compare": "region",
  "organisation.manage": "organisation",
  "user.manage": "system",
  "membership.manage": "organisation",
  "invitation.create": "invitation",
  "catalogue.manage": "system",
  "catalogue.read": "system",
  "audit.read": "system",
  "plan.read": "organisation",
  "action.read": "improvementAction",
  "action.create": "improvementAction",
  "action.edit": "improvementAction",
  "action.updateStatus": "improvementAction",
} as const satisfies Record<Action, ResourceType>;

export type ResourceTypeOf<A extends Action> = (typeof ACTION_RESOURCE_TYPE)[A];

// ---------------------------------------------------------------------------------------
// Query scopes ("permission in the query")
// ---------------------------------------------------------------------------------------

/**
 * One disjunct of "the returns this user may list". A return is readable when, for at
 * least one scope, its status is in `statuses` AND its organisation matches:
 * `allOrganisations`, or organisation id ∈ `organisationIds`, or the organisation's ICB id
 * ∈ `icbIds` (the ICB itself and its places/providers), or its region id ∈ `regionIds`.
 *
 * In SQL: `OR` over scopes of `(status IN statuses AND (all OR org.id IN … OR org.icb_id IN … OR org.region_id IN …))`.
 * Returns only ever belong to ICB, place or provider organisations (return.create refuses
 * regions), so the query does not need to repeat that check. An empty list means nothing.
 */
export interface ReturnScope {
  readonly statuses: readonly ReturnStatus[];
  readonly allOrganisations: boolean;
  readonly organisationIds: readonly string[];
  readonly icbIds: readonly string[];
  readonly regionIds: readonly string[];
}
