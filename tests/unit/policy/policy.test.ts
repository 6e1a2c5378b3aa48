import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  ACTION_RESOURCE_TYPE,
  RESOURCE_TYPES,
  RETURN_STATUSES,
  can,
  canHoldRole,
  ASSIGNABLE_ROLES,
  PUBLISHED_STATUSES,
  isWellFormedOrgRef,
  readableReturnScopes,
  returnScopesInclude,
  type OrgRef,
  type PolicyUser,
  type Resource,
  type ResourceType,
  type ReturnStatus,
} from "@/lib/policy/policy";
import { ACTIONS, ROLES, type Action, type Role } from "@/lib/policy/roles";

// ---------------------------------------------------------------------------------------
// A small world: two regions, three ICBs, and places/providers under them.
// ---------------------------------------------------------------------------------------

function region(id: string): OrgRef {
  return { id, kind: "region", regionId: id, icbId: null };
}
function icb(id: string, regionId: string): OrgRef {
  return { id, kind: "icb", regionId, icbId: id };
}
function provider(id: string, parent: OrgRef): OrgRef {
  return { id, kind: "provider", regionId: parent.regionId, icbId: parent.id };
}
function place(id: string, parent: OrgRef): OrgRef {
  return { id, kind: "place", regionId: parent.regionId, icbId: parent.id };
}

const R1 = region("r1");
const R2 = region("r2");
const ICB_A = icb("icb-a", "r1");
const ICB_B = icb("icb-b", "r1");
const ICB_C = icb("icb-c", "r2");
const PROV_A1 = provider("prov-a1", ICB_A);
const PLACE_A2 = place("place-a2", ICB_A);
const PROV_B1 = provider("prov-b1", ICB_B);
const PROV_C1 = provider("prov-c1", ICB_C);
const WORLD: readonly OrgRef[] = [R1, R2, ICB_A, ICB_B, ICB_C, PROV_A1, PLACE_A2, PROV_B1, PROV_C1];

function user(id: string, ...memberships: [Role, OrgRef][]): PolicyUser {
  return { id, memberships: memberships.map(([role, organisation]) => ({ role, organisation })) };
}
function ret(organisation: OrgRef, status: ReturnStatus): Resource {
  return { type: "return", organisation, status };
}
function item(organisation: OrgRef, status: ReturnStatus, assigneeIds: string[]): Resource {
  return { type: "returnItem", return: { organisation, status }, assigneeIds };
}
function org(organisation: OrgRef): Resource {
  return { type: "organisation", organisation };
}
function invitation(organisation: OrgRef, role: Role): Resource {
  return { type: "invitation", organisation, role };
}
const SYSTEM: Resource = { type: "system" };
function improvementAction(organisation: OrgRef, status: ReturnStatus, assigneeIds: string[], ownerId: string | null): Resource {
  return { type: "improvementAction", organisation, ownerId, raisedFrom: [{ status, assigneeIds }] };
}
const OWNERS = ["me", "other", "none"] as const;

// ---------------------------------------------------------------------------------------
// The expectation table.
//
// Each role is given ONE membership (TABLE_MEMBERSHIP) and every action is tried against a
// resource in each relation to that membership's organisation:
//   own          the membership's organisation itself
//   child        an organisation below it (ICB → provider; region → ICB)
//   sameRegion   another organisation in the same region outside own/child
//                (ICB A → ICB B; region → a provider of another ICB in the region)
//   otherRegion  an ICB in a different region
// Cells, by the resource type the action applies to:
//   return        "<relation>:<status>"
//   returnItem    "<relation>:<status>:<assignment>"  assignment = mine | others | unassigned
//   organisation  "<relation>"
//   invitation    "<relation>:<invited role>"
//   region        "ownRegion" | "otherRegion"
//   system        "system"
//   improvementAction "<relation>:<status of the return it was raised from>:<assignment of
//                 that item>:<owner>"  owner = me | other | none (a named organisation)
// A row lists the ALLOWED cells; every other cell must be denied. "*" in a segment stands
// for every value of that segment. Written by hand: this is the specification.
// ---------------------------------------------------------------------------------------

const TABLE_MEMBERSHIP: Partial<Record<string, OrgRef>> = {
  contributor: ICB_A,
  programme_manager: ICB_A,
  clinical_lead: ICB_A,
  board_member: ICB_A,
  regional_lead: R1,
  administrator: ICB_A,
};

const EXPECTED: Partial<Record<string, Partial<Record<string, readonly string[]>>>> = {
  contributor: {
    "return.read": ["own:draft", "own:submitted", "own:signed_off"],
    "return.create": [],
    "return.update": [],
    "return.item.edit": ["own:draft:mine", "own:draft:unassigned"],
    "return.assign": [],
    "return.import": ["own:draft"],
    "return.submit": [],
    "return.signOff": [],
    "return.refresh": [],
    "return.reopen": [],
    "return.requestPartners": [],
    "return.readPartners": [],
    "dashboard.read": [],
    "region.compare": [],
    "organisation.manage": [],
    "user.manage": [],
    "membership.manage": [],
    "invitation.create": [],
    "catalogue.manage": [],
    "catalogue.read": ["system"],
    "audit.read": [],
    "plan.read": ["own"],
    "action.read": ["own:*:*:*", "*:*:*:me"],
    "action.create": ["own:*:mine:*"],
    "action.edit": ["own:*:mine:*"],
    "action.updateStatus": ["own:*:mine:*", "*:*:*:me"],
  },
  programme_manager: {
    "return.read": ["own:draft", "own:submitted", "own:signed_off", "child:draft", "child:submitted", "child:signed_off"],
    "return.create": ["own", "child"],
    "return.update": ["own:draft", "child:draft"],
    "return.item.edit": ["own:draft:*", "child:draft:*"],
    "return.assign": ["own:draft", "child:draft"],
    "return.import": ["own:draft", "child:draft"],
    "return.submit": ["own:draft", "child:draft"],
    "return.signOff": [],
    "return.refresh": ["own:submitted", "own:signed_off", "child:submitted", "child:signed_off"],
    "return.reopen": ["own:submitted", "child:submitted"],
    "return.requestPartners": ["own:draft"],
    "return.readPartners": ["own:draft", "own:submitted", "own:signed_off"],
    "dashboard.read": ["own", "child"],
    "region.compare": [],
    "organisation.manage": [],
    "user.manage": [],
    "membership.manage": [],
    "invitation.create": ["own:contributor", "child:contributor"],
    "catalogue.manage": [],
    "catalogue.read": ["system"],
    "audit.read": [],
    "plan.read": ["own", "child"],
    "action.read": ["own:*:*:*", "child:*:*:*", "*:*:*:me"],
    "action.create": ["own:*:*:*", "child:*:*:*"],
    "action.edit": ["own:*:*:*", "child:*:*:*"],
    "action.updateStatus": ["own:*:*:*", "child:*:*:*", "*:*:*:me"],
  },
  clinical_lead: {
    "return.read": ["own:draft", "own:submitted", "own:signed_off"],
    "return.create": [],
    "return.update": [],
    "return.item.edit": ["own:draft:mine", "own:draft:unassigned"],
    "return.assign": [],
    "return.import": ["own:draft"],
    "return.submit": [],
    "return.signOff": ["own:submitted"],
    "return.refresh": [],
    "return.reopen": [],
    "return.requestPartners": [],
    "return.readPartners": ["own:draft", "own:submitted", "own:signed_off"],
    "dashboard.read": [],
    "region.compare": [],
    "organisation.manage": [],
    "user.manage": [],
    "membership.manage": [],
    "invitation.create": [],
    "catalogue.manage": [],
    "catalogue.read": ["system"],
    "audit.read": [],
    "plan.read": ["own"],
    "action.read": ["own:*:*:*", "*:*:*:me"],
    "action.create": ["own:*:*:*"],
    "action.edit": ["own:*:*:*"],
    "action.updateStatus": ["own:*:*:*", "*:*:*:me"],
  },
  board_member: {
    "return.read": ["own:submitted", "own:signed_off", "child:submitted", "child:signed_off"],
    "return.create": [],
    "return.update": [],
    "return.item.edit": [],
    "return.assign": [],
    "return.import": [],
    "return.submit": [],
    "return.signOff": [],
    "return.refresh": [],
    "return.reopen": [],
    "return.requestPartners": [],
    "return.readPartners": [],
    "dashboard.read": ["own", "child"],
    "region.compare": [],
    "organisation.manage": [],
    "user.manage": [],
    "membership.manage": [],
    "invitation.create": [],
    "catalogue.manage": [],
    "catalogue.read": ["system"],
    "audit.read": [],
    "plan.read": ["own", "child"],
    "action.read": ["own:*:*:*", "child:*:*:*", "*:*:*:me"],
    "action.create": [],
    "action.edit": [],
    "action.updateStatus": ["*:*:*:me"],
  },
  // Membership on region R1. "own" is the region itself, which never has returns.
  regional_lead: {
    "return.read": ["child:submitted", "child:signed_off", "sameRegion:submitted", "sameRegion:signed_off"],
    "return.create": [],
    "return.update": [],
    "return.item.edit": [],
    "return.assign": [],
    "return.import": [],
    "return.submit": [],
    "return.signOff": [],
    "return.refresh": [],
    "return.reopen": [],
    "return.requestPartners": [],
    "return.readPartners": [],
    "dashboard.read": [],
    "region.compare": ["ownRegion"],
    "organisation.manage": [],
    "user.manage": [],
    "membership.manage": [],
    "invitation.create": [],
    "catalogue.manage": [],
    "catalogue.read": ["system"],
    "audit.read": [],
    "plan.read": ["child", "sameRegion"],
    "action.read": [
      "child:submitted:*:*",
      "child:signed_off:*:*",
      "sameRegion:submitted:*:*",
      "sameRegion:signed_off:*:*",
      "child:*:*:me",
      "sameRegion:*:*:me",
      "otherRegion:*:*:me",
    ],
    "action.create": [],
    "action.edit": [],
    "action.updateStatus": ["child:*:*:me", "sameRegion:*:*:me", "otherRegion:*:*:me"],
  },
  // A system role: its membership organisation does not limit it, and it never reads returns.
  // Invitations as regional_lead are impossible here because every target is an ICB or provider.
  administrator: {
    "return.read": [],
    "return.create": [],
    "return.update": [],
    "return.item.edit": [],
    "return.assign": [],
    "return.import": [],
    "return.submit": [],
    "return.signOff": [],
    "return.refresh": [],
    "return.reopen": ["*:signed_off"],
    "return.requestPartners": [],
    "return.readPartners": [],
    "dashboard.read": [],
    "region.compare": [],
    "organisation.manage": ["own", "child", "sameRegion", "otherRegion"],
    "user.manage": ["system"],
    "membership.manage": ["own", "child", "sameRegion", "otherRegion"],
    "invitation.create": [
      "*:contributor",
      "*:programme_manager",
      "*:clinical_lead",
      "*:board_member",
      "*:administrator",
    ],
    "catalogue.manage": ["system"],
    "catalogue.read": ["system"],
    "audit.read": ["system"],
    "plan.read": [],
    "action.read": ["*:*:*:me"],
    "action.create": [],
    "action.edit": [],
    "action.updateStatus": ["*:*:*:me"],
  },
};

// ---------------------------------------------------------------------------------------
// Turning cells into resources (notation only: no permission logic here).
// ---------------------------------------------------------------------------------------

const RELATIONS = ["own", "child", "sameRegion", "otherRegion"] as const;
type Relation = (typeof RELATIONS)[number];
const ASSIGNMENTS = ["mine", "others", "unassigned"] as const;
type Assignment = (typeof ASSIGNMENTS)[number];

const RELATION_TARGETS: Readonly<Record<string, Readonly<Record<Relation, OrgRef>>>> = {
  [ICB_A.id]: { own: ICB_A, child: PROV_A1, sameRegion: ICB_B, otherRegion: ICB_C },
  [R1.id]: { own: R1, child: ICB_A, sameRegion: PROV_B1, otherRegion: ICB_C },
};

const TABLE_USER_ID = "table-user";

function assigneesFor(assignment: Assignment): string[] {
  switch (assignment) {
    case "mine":
      return [TABLE_USER_ID];
    case "others":
      return ["someone-else"];
    case "unassigned":
      return [];
  }
}

/** Every cell for a resource type, with the resource it stands for. */
function universe(type: ResourceType, home: OrgRef): Map<string, Resource> {
  const targets = RELATION_TARGETS[home.id];
  if (targets === undefined) throw new Error(`no relation targets for ${home.id}`);
  const cells = new Map<string, Resource>();
  for (const relation of RELATIONS) {
    const target = targets[relation];
    switch (type) {
      case "return":
        for (const status of RETURN_STATUSES) cells.set(`${relation}:${status}`, ret(target, status));
        break;
      case "returnItem":
        for (const status of RETURN_STATUSES)
          for (const assignment of ASSIGNMENTS)
            cells.set(`${relation}:${status}:${assignment}`, item(target, status, assigneesFor(assignment)));
        break;
      case "organisation":
        cells.set(relation, org(target));
        break;
      case "invitation":
        for (const role of ROLES) cells.set(`${relation}:${role}`, invitation(target, role));
        break;
      case "improvementAction":
        for (const status of RETURN_STATUSES)
          for (const assignment of ASSIGNMENTS)
            for (const owner of OWNERS)
              cells.set(
                `${relation}:${status}:${assignment}:${owner}`,
                improvementAction(target, status, assigneesFor(assignment), owner === "me" ? TABLE_USER_ID : owner === "other" ? "someone-else" : null),
              );
        break;
      case "region":
      case "system":
        break;
    }
  }
  if (type === "region") {
    cells.set("ownRegion", { type: "region", regionId: home.regionId });
    cells.set("otherRegion", { type: "region", regionId: home.regionId === R1.id ? R2.id : R1.id });
  }
  if (type === "system") cells.set("system", SYSTEM);
  return cells;
}

function matches(pattern: string, cell: string): boolean {
  const p = pattern.split(":");
  const c = cell.split(":");
  return p.length === c.length && p.every((segment, i) => segment === "*" || segment === c[i]);
}

describe("the expectation table", () => {
  it("has a row for every role × action in roles.ts and no stale rows", () => {
    const missing = ROLES.flatMap((role) =>
      ACTIONS.filter((action) => EXPECTED[role]?.[action] === undefined).map((action) => `${role} / ${action}`),
    );
    expect(missing, "add expectation rows to EXPECTED for these").toEqual([]);
    expect(ROLES.filter((role) => TABLE_MEMBERSHIP[role] === undefined)).toEqual([]);
    const stale = Object.entries(EXPECTED).flatMap(([role, rows]) =>
      (ROLES as readonly string[]).includes(role)
        ? Object.keys(rows ?? {})
            .filter((action) => !(ACTIONS as readonly string[]).includes(action))
            .map((action) => `${role} / ${action}`)
        : [role],
    );
    expect(stale).toEqual([]);
  });

  it("covers all 6 resource types and every action applies to one of them", () => {
    expect(new Set(Object.values(ACTION_RESOURCE_TYPE))).toEqual(new Set(RESOURCE_TYPES));
    expect(Object.keys(ACTION_RESOURCE_TYPE).sort()).toEqual([...ACTIONS].sort());
  });
});

describe.each(ROLES)("role %s", (role) => {
  it.each(ACTIONS)("%s: exactly the cells in the table are allowed", (action) => {
    const row = EXPECTED[role]?.[action];
    const home = TABLE_MEMBERSHIP[role];
    if (row === undefined || home === undefined) {
      expect.fail(`no expectation row for ${role} / ${action}: add one to EXPECTED`);
    }
    const cells = universe(ACTION_RESOURCE_TYPE[action], home);
    const typos = row.filter((pattern) => ![...cells.keys()].some((cell) => matches(pattern, cell)));
    expect(typos, "patterns in the table that match no cell").toEqual([]);

    const subject = user(TABLE_USER_ID, [role, home]);
    const wrong: string[] = [];
    for (const [cell, resource] of cells) {
      const expected = row.some((pattern) => matches(pattern, cell));
      const actual = can(subject, action, resource);
      if (actual !== expected) wrong.push(`${cell}: expected ${expected}, got ${actual}`);
    }
    expect(wrong).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------
// Everything a user with every role everywhere could do, for the tests below.
// ---------------------------------------------------------------------------------------

function everyResource(userId: string): Resource[] {
  const resources: Resource[] = [SYSTEM, { type: "region", regionId: R1.id }, { type: "region", regionId: R2.id }];
  for (const target of WORLD) {
    resources.push(org(target));
    for (const role of ROLES) resources.push(invitation(target, role));
    for (const status of RETURN_STATUSES) {
      resources.push(ret(target, status));
      for (const assignees of [[userId], ["someone-else"], []]) {
        resources.push(item(target, status, assignees));
        for (const owner of [userId, "someone-else", null]) resources.push(improvementAction(target, status, assignees, owner));
      }
    }
  }
  return resources;
}

const ALL_MEMBERSHIPS: [Role, OrgRef][] = ROLES.flatMap((role) => WORLD.map((o): [Role, OrgRef] => [role, o]));
const EVERYTHING_USER = user("omni", ...ALL_MEMBERSHIPS);

describe("deny by default", () => {
  it("denies every action to a disabled user, even one holding every role everywhere", () => {
    const disabled: PolicyUser = { ...EVERYTHING_USER, disabled: true };
    const resources = everyResource(disabled.id);
    const enabledAllowed = ACTIONS.flatMap((a) => resources.filter((r) => can(EVERYTHING_USER, a, r)));
    expect(enabledAllowed.length).toBeGreaterThan(0);
    for (const action of ACTIONS) for (const r of resources) expect(can(disabled, action, r)).toBe(false);
    expect(can(disabled, "catalogue.read", SYSTEM)).toBe(false);
    expect(readableReturnScopes(disabled)).toEqual([]);
  });

  it("treats any disabled value other than false/undefined as disabled", () => {
    const odd = { ...user("u", ["programme_manager", ICB_A]), disabled: "yes" } as unknown as PolicyUser;
    expect(can(odd, "catalogue.read", SYSTEM)).toBe(false);
    expect(can({ ...user("u", ["programme_manager", ICB_A]), disabled: false }, "catalogue.read", SYSTEM)).toBe(true);
  });

  it("denies nobody-signed-in and users without an id", () => {
    expect(can(null, "catalogue.read", SYSTEM)).toBe(false);
    expect(can(undefined, "catalogue.read", SYSTEM)).toBe(false);
    expect(can(user("", ["administrator", ICB_A]), "user.manage", SYSTEM)).toBe(false);
  });

  it("lets any enabled signed-in user read the catalogue, even with no memberships", () => {
    expect(can(user("new-starter"), "catalogue.read", SYSTEM)).toBe(true);
    for (const action of ACTIONS.filter((a) => ACTION_RESOURCE_TYPE[a] === "system" && a !== "catalogue.read"))
      expect(can(user("new-starter"), action, SYSTEM), action).toBe(false);
  });

  it.each(["superuser", "Administrator", "admin", "", "constructor", "__proto__", "toString"])(
    "an unknown role string (%j) grants nothing beyond catalogue.read",
    (unknown) => {
      const subject: PolicyUser = {
        id: "u",
        memberships: [{ role: unknown as Role, organisation: ICB_A }],
      };
      // Owning an improvement action is not a role: it is tested on its own below.
      const notOwned = everyResource("u").filter((r) => r.type !== "improvementAction" || r.ownerId !== "u");
      const allowed = ACTIONS.flatMap((a) => notOwned.filter((r) => can(subject, a, r)).map(() => a));
      expect(new Set(allowed)).toEqual(new Set(["catalogue.read"]));
      expect(readableReturnScopes(subject)).toEqual([]);
    },
  );

  it("an unknown role next to a real one adds nothing to it", () => {
    const subject: PolicyUser = {
      id: "u",
      memberships: [
        { role: "superuser" as Role, organisation: ICB_B },
        { role: "board_member", organisation: ICB_A },
      ],
    };
    expect(can(subject, "return.read", ret(ICB_A, "submitted"))).toBe(true);
    expect(can(subject, "return.read", ret(ICB_B, "submitted"))).toBe(false);
  });

  it.each(["return.delete", "everything", "", "toString", "constructor"])("an unknown action (%j) is denied", (a) => {
    for (const r of everyResource("omni")) expect(can(EVERYTHING_USER, a as Action, r)).toBe(false);
  });

  it("denies every action asked about a resource type it does not apply to", () => {
    const byType = new Map<ResourceType, Resource[]>();
    for (const r of everyResource("omni")) byType.set(r.type, [...(byType.get(r.type) ?? []), r]);
    for (const action of ACTIONS)
      for (const [type, resources] of byType)
        if (type !== ACTION_RESOURCE_TYPE[action])
          for (const r of resources) expect(can(EVERYTHING_USER, action, r), `${action} on ${type}`).toBe(false);
  });

  it("denies malformed resources and ignores memberships on malformed organisations", () => {
    const pm = user("pm", ["programme_manager", ICB_A]);
    const bad: unknown[] = [
      null,
      {},
      { type: "return" },
      { type: "return", organisation: ICB_A, status: "archived" },
      { type: "return", organisation: R1, status: "draft" }, // returns never belong to a region
      { type: "return", organisation: { ...PROV_A1, icbId: null }, status: "draft" },
      { type: "return", organisation: { ...ICB_A, icbId: "icb-b" }, status: "draft" },
      { type: "returnItem", return: { organisation: ICB_A, status: "draft" } },
      { type: "returnItem", return: { organisation: ICB_A, status: "draft" }, assigneeIds: [""] },
      { type: "widget" },
    ];
    for (const r of bad) expect(can(pm, "return.read", r as Resource)).toBe(false);
    expect(can(pm, "return.create", { type: "organisation", organisation: R1 })).toBe(false);

    const onBrokenOrg = user("x", ["programme_manager", { id: "icb-a", kind: "icb", regionId: "r1", icbId: "icb-z" }]);
    expect(can(onBrokenOrg, "return.read", ret(ICB_A, "draft"))).toBe(false);
    expect(readableReturnScopes(onBrokenOrg)).toEqual([]);
  });

  it("recognises well-formed organisation references", () => {
    for (const o of WORLD) expect(isWellFormedOrgRef(o)).toBe(true);
    expect(isWellFormedOrgRef({ id: "r1", kind: "region", regionId: "r1", icbId: "r1" })).toBe(false);
    expect(isWellFormedOrgRef({ id: "p", kind: "place", regionId: "r1", icbId: "p" })).toBe(false);
    expect(isWellFormedOrgRef({ id: "p", kind: "trust", regionId: "r1", icbId: "icb-a" })).toBe(false);
  });
});

describe("memberships do not leak scope into each other", () => {
  const subject = user("mixed", ["programme_manager", ICB_A], ["board_member", ICB_B]);

  it("programme manager of ICB A and board member of ICB B edits only ICB A's drafts", () => {
    expect(can(subject, "return.item.edit", item(ICB_A, "draft", []))).toBe(true);
    expect(can(subject, "return.item.edit", item(PROV_A1, "draft", []))).toBe(true);
    expect(can(subject, "return.item.edit", item(ICB_B, "draft", []))).toBe(false);
    expect(can(subject, "return.item.edit", item(PROV_B1, "draft", []))).toBe(false);
    expect(can(subject, "return.update", ret(ICB_B, "draft"))).toBe(false);
    expect(can(subject, "return.submit", ret(ICB_B, "draft"))).toBe(false);
    expect(can(subject, "return.assign", ret(ICB_B, "draft"))).toBe(false);
    expect(can(subject, "return.create", org(ICB_B))).toBe(false);
    expect(can(subject, "invitation.create", invitation(ICB_B, "contributor"))).toBe(false);
  });

  it("…reads ICB A's drafts but only ICB B's submitted and signed-off returns", () => {
    expect(can(subject, "return.read", ret(ICB_A, "draft"))).toBe(true);
    expect(can(subject, "return.read", ret(ICB_B, "draft"))).toBe(false);
    expect(can(subject, "return.read", ret(PROV_B1, "draft"))).toBe(false);
    expect(can(subject, "return.read", ret(ICB_B, "submitted"))).toBe(true);
    expect(can(subject, "return.read", ret(PROV_B1, "signed_off"))).toBe(true);
    expect(can(subject, "dashboard.read", org(ICB_B))).toBe(true);
    expect(can(subject, "return.read", ret(ICB_C, "submitted"))).toBe(false);
  });

  it("clinical lead of one organisation and contributor of another signs off only the first", () => {
    const lead = user("lead", ["clinical_lead", PROV_A1], ["contributor", PROV_B1]);
    expect(can(lead, "return.signOff", ret(PROV_A1, "submitted"))).toBe(true);
    expect(can(lead, "return.signOff", ret(PROV_B1, "submitted"))).toBe(false);
    expect(can(lead, "return.signOff", ret(ICB_A, "submitted"))).toBe(false);
  });

  it("a contributor who is also a programme manager elsewhere cannot submit the contributor organisation's return", () => {
    const both = user("both", ["contributor", ICB_A], ["programme_manager", ICB_C]);
    expect(can(both, "return.submit", ret(ICB_A, "draft"))).toBe(false);
    expect(can(both, "return.submit", ret(PROV_C1, "draft"))).toBe(true);
  });
});

describe("scope of each membership", () => {
  it("a programme manager membership on a provider covers that provider only", () => {
    const pm = user("pm", ["programme_manager", PROV_A1]);
    expect(can(pm, "return.submit", ret(PROV_A1, "draft"))).toBe(true);
    expect(can(pm, "return.submit", ret(ICB_A, "draft"))).toBe(false);
    expect(can(pm, "return.read", ret(PLACE_A2, "submitted"))).toBe(false);
  });

  it("a programme manager of an ICB covers its places as well as its providers", () => {
    const pm = user("pm", ["programme_manager", ICB_A]);
    expect(can(pm, "return.create", org(PLACE_A2))).toBe(true);
    expect(can(pm, "invitation.create", invitation(PLACE_A2, "contributor"))).toBe(true);
    expect(can(pm, "return.read", ret(PLACE_A2, "draft"))).toBe(true);
  });

  it("roles held on the wrong kind of organisation grant nothing", () => {
    // A programme manager "of a region" would see every ICB's drafts: not a valid membership.
    const pmOnRegion = user("x", ["programme_manager", R1]);
    expect(can(pmOnRegion, "return.read", ret(ICB_A, "draft"))).toBe(false);
    expect(can(pmOnRegion, "return.read", ret(ICB_A, "submitted"))).toBe(false);
    const leadOnIcb = user("y", ["regional_lead", ICB_A]);
    expect(can(leadOnIcb, "return.read", ret(ICB_A, "submitted"))).toBe(false);
    expect(can(leadOnIcb, "region.compare", { type: "region", regionId: "r1" })).toBe(false);
    expect(canHoldRole("regional_lead", "region")).toBe(true);
    expect(canHoldRole("regional_lead", "icb")).toBe(false);
    expect(canHoldRole("contributor", "region")).toBe(false);
    expect(canHoldRole("administrator", "region")).toBe(true);
  });
});

describe("regional lead (membership on a region)", () => {
  const lead = user("rl", ["regional_lead", R1]);

  it("reads submitted and signed-off returns of every ICB and organisation in the region", () => {
    for (const o of [ICB_A, ICB_B, PROV_A1, PLACE_A2, PROV_B1]) {
      expect(can(lead, "return.read", ret(o, "submitted")), o.id).toBe(true);
      expect(can(lead, "return.read", ret(o, "signed_off")), o.id).toBe(true);
    }
  });

  it("never sees drafts, never edits, and sees nothing of another region", () => {
    for (const o of [ICB_A, ICB_B, PROV_A1, PROV_B1]) expect(can(lead, "return.read", ret(o, "draft"))).toBe(false);
    for (const s of RETURN_STATUSES) {
      expect(can(lead, "return.read", ret(ICB_C, s))).toBe(false);
      expect(can(lead, "return.read", ret(PROV_C1, s))).toBe(false);
    }
    const editing: Action[] = ["return.update", "return.assign", "return.submit", "return.signOff", "return.create"];
    for (const r of everyResource("rl")) for (const a of [...editing, "return.item.edit" as const]) expect(can(lead, a, r)).toBe(false);
  });

  it("compares its own region only", () => {
    expect(can(lead, "region.compare", { type: "region", regionId: "r1" })).toBe(true);
    expect(can(lead, "region.compare", { type: "region", regionId: "r2" })).toBe(false);
    expect(can(user("b", ["board_member", ICB_A]), "region.compare", { type: "region", regionId: "r1" })).toBe(false);
  });
});

describe("contributor assignment rules", () => {
  it("the people an item can be assigned to are the roles that edit only their assigned items", () => {
    expect(ASSIGNABLE_ROLES).toEqual(["contributor", "clinical_lead"]);
  });

  const alice = user("alice", ["contributor", ICB_A]);

  it("edits draft items assigned to them, alone or with others", () => {
    expect(can(alice, "return.item.edit", item(ICB_A, "draft", ["alice"]))).toBe(true);
    expect(can(alice, "return.item.edit", item(ICB_A, "draft", ["bob", "alice"]))).toBe(true);
  });

  it("does not edit items assigned only to someone else", () => {
    expect(can(alice, "return.item.edit", item(ICB_A, "draft", ["bob"]))).toBe(false);
  });

  it("edits unassigned items, whether or not other items of the return are assigned", () => {
    expect(can(alice, "return.item.edit", item(ICB_A, "draft", []))).toBe(true);
  });

  it("an assignment does not extend scope: an item of another organisation's return stays closed", () => {
    expect(can(alice, "return.item.edit", item(PROV_A1, "draft", ["alice"]))).toBe(false);
    expect(can(alice, "return.item.edit", item(ICB_B, "draft", ["alice"]))).toBe(false);
  });

  it("an assignment gives no edit right to roles that do not edit", () => {
    const board = user("carol", ["board_member", ICB_A]);
    expect(can(board, "return.item.edit", item(ICB_A, "draft", ["carol"]))).toBe(false);
  });

  it("a clinical lead follows the same rules; a programme manager edits any item of a draft", () => {
    const lead = user("dan", ["clinical_lead", ICB_A]);
    expect(can(lead, "return.item.edit", item(ICB_A, "draft", ["dan"]))).toBe(true);
    expect(can(lead, "return.item.edit", item(ICB_A, "draft", ["bob"]))).toBe(false);
    const pm = user("erin", ["programme_manager", ICB_A]);
    expect(can(pm, "return.item.edit", item(ICB_A, "draft", ["bob"]))).toBe(true);
  });

  it("only items of a draft are edited, even when assigned", () => {
    expect(can(alice, "return.item.edit", item(ICB_A, "submitted", ["alice"]))).toBe(false);
    expect(can(alice, "return.item.edit", item(ICB_A, "signed_off", ["alice"]))).toBe(false);
  });
});

describe("status locks", () => {
  const mutating: Action[] = ["return.update", "return.item.edit", "return.assign", "return.import", "return.submit", "return.signOff"];

  it("only a published return is refreshed, by whoever may start returns for its organisation", () => {
    for (const o of WORLD) expect(can(EVERYTHING_USER, "return.refresh", ret(o, "draft")), o.id).toBe(false);
    const pm = user("p", ["programme_manager", ICB_A]);
    for (const status of PUBLISHED_STATUSES) {
      expect(can(pm, "return.refresh", ret(ICB_A, status))).toBe(can(pm, "return.create", org(ICB_A)));
      expect(can(pm, "return.refresh", ret(ICB_B, status))).toBe(false);
    }
  });

  it("nobody, holding every role everywhere, changes a signed-off return", () => {
    for (const o of WORLD)
      for (const a of mutating) {
        const resource = a === "return.item.edit" ? item(o, "signed_off", []) : ret(o, "signed_off");
        expect(can(EVERYTHING_USER, a, resource), `${a} on ${o.id}`).toBe(false);
      }
  });

  it("nobody edits, assigns or submits a submitted return; sign-off needs a submitted one", () => {
    for (const o of WORLD) {
      expect(can(EVERYTHING_USER, "return.update", ret(o, "submitted"))).toBe(false);
      expect(can(EVERYTHING_USER, "return.item.edit", item(o, "submitted", []))).toBe(false);
      expect(can(EVERYTHING_USER, "return.assign", ret(o, "submitted"))).toBe(false);
      expect(can(EVERYTHING_USER, "return.submit", ret(o, "submitted"))).toBe(false);
      expect(can(EVERYTHING_USER, "return.signOff", ret(o, "draft"))).toBe(false);
    }
    expect(can(EVERYTHING_USER, "return.signOff", ret(ICB_A, "submitted"))).toBe(true);
  });

  it("a return goes back to draft only from published: submitted by its programme manager, signed off by an administrator", () => {
    const pm = user("p", ["programme_manager", ICB_A]);
    const admin = user("a", ["administrator", ICB_B]);
    for (const o of WORLD) expect(can(EVERYTHING_USER, "return.reopen", ret(o, "draft")), o.id).toBe(false);
    expect(can(pm, "return.reopen", ret(ICB_A, "submitted"))).toBe(true);
    expect(can(pm, "return.reopen", ret(ICB_A, "signed_off"))).toBe(false);
    expect(can(pm, "return.reopen", ret(ICB_B, "submitted"))).toBe(false);
    expect(can(admin, "return.reopen", ret(ICB_A, "signed_off"))).toBe(true);
    expect(can(admin, "return.reopen", ret(ICB_A, "submitted"))).toBe(false);
    expect(can(admin, "return.read", ret(ICB_A, "signed_off"))).toBe(false);
  });

  it("a signed-off return is still readable by those who could read it", () => {
    expect(can(user("b", ["board_member", ICB_A]), "return.read", ret(ICB_A, "signed_off"))).toBe(true);
    const pm = user("p", ["programme_manager", ICB_A]);
    expect(ACTIONS.filter((action) => ACTION_RESOURCE_TYPE[action] === "return" && can(pm, action, ret(ICB_A, "signed_off")))).toEqual([
      "return.read",
      "return.refresh",
      // Reading what partners said changes nothing.
      "return.readPartners",
    ]);
    expect(can(pm, "return.reopen", ret(ICB_A, "submitted"))).toBe(true);
  });
});

describe("partners' returns (docs/partner-returns.md)", () => {
  const pm = user("p", ["programme_manager", ICB_A]);
  const lead = user("l", ["clinical_lead", ICB_A]);

  it("only the ICB's programme manager asks its partners, and only against the ICB's own draft", () => {
    expect(can(pm, "return.requestPartners", ret(ICB_A, "draft"))).toBe(true);
    expect(can(pm, "return.requestPartners", ret(ICB_A, "submitted"))).toBe(false);
    // A provider's return has no partners below it, even for a manager who reaches it.
    expect(can(pm, "return.requestPartners", ret(PROV_A1, "draft"))).toBe(false);
    expect(can(pm, "return.requestPartners", ret(ICB_B, "draft"))).toBe(false);
    expect(can(lead, "return.requestPartners", ret(ICB_A, "draft"))).toBe(false);
    for (const o of WORLD) expect(can(EVERYTHING_USER, "return.requestPartners", ret(o, "signed_off")), o.id).toBe(false);
  });

  it("the ICB's programme manager and clinical lead read what partners said, drafts included; nobody else", () => {
    for (const status of RETURN_STATUSES) {
      expect(can(pm, "return.readPartners", ret(ICB_A, status))).toBe(true);
      expect(can(lead, "return.readPartners", ret(ICB_A, status))).toBe(true);
      expect(can(lead, "return.readPartners", ret(ICB_B, status))).toBe(false);
      for (const role of ["contributor", "board_member", "administrator"] as const)
        expect(can(user("x", [role, ICB_A]), "return.readPartners", ret(ICB_A, status)), role).toBe(false);
      expect(can(user("r", ["regional_lead", R1]), "return.readPartners", ret(ICB_A, status))).toBe(false);
    }
  });

  it("partners see only their own returns: not the ICB's draft, not another partner's, not the consolidated view", () => {
    for (const role of ["contributor", "clinical_lead", "programme_manager"] as const) {
      const partner = user("q", [role, PROV_A1]);
      expect(can(partner, "return.read", ret(PROV_A1, "draft")), role).toBe(true);
      expect(can(partner, "return.read", ret(ICB_A, "draft")), role).toBe(false);
      expect(can(partner, "return.read", ret(PLACE_A2, "draft")), role).toBe(false);
      expect(can(partner, "return.readPartners", ret(ICB_A, "draft")), role).toBe(false);
      expect(can(partner, "return.requestPartners", ret(ICB_A, "draft")), role).toBe(false);
    }
  });
});

describe("invitations", () => {
  const pm = user("pm", ["programme_manager", ICB_A]);

  it("a programme manager invites contributors only, so nobody invites above themselves", () => {
    for (const role of ROLES)
      expect(can(pm, "invitation.create", invitation(PROV_A1, role)), role).toBe(role === "contributor");
  });

  it("an administrator invites any role onto an organisation that can hold it", () => {
    const admin = user("admin", ["administrator", R1]);
    expect(can(admin, "invitation.create", invitation(ICB_C, "programme_manager"))).toBe(true);
    expect(can(admin, "invitation.create", invitation(R2, "regional_lead"))).toBe(true);
    expect(can(admin, "invitation.create", invitation(ICB_C, "regional_lead"))).toBe(false);
    expect(can(admin, "invitation.create", invitation(R2, "contributor"))).toBe(false);
  });
});

// ---------------------------------------------------------------------------------------
// readableReturnScopes agrees with can(…, "return.read", …)
// ---------------------------------------------------------------------------------------

function agreementProblems(subject: PolicyUser | null): string[] {
  const scopes = readableReturnScopes(subject);
  const problems: string[] = [];
  for (const o of WORLD)
    for (const status of RETURN_STATUSES) {
      const byCan = can(subject, "return.read", ret(o, status));
      const byScope = returnScopesInclude(scopes, o, status);
      if (byCan !== byScope) problems.push(`${o.id}/${status}: can=${byCan} scopes=${byScope}`);
    }
  return problems;
}

describe("readableReturnScopes", () => {
  const singleMembershipUsers = ALL_MEMBERSHIPS.map(([role, o]) => [`${role} on ${o.id}`, user("u", [role, o])] as const);

  it.each(singleMembershipUsers)("agrees with can for %s", (_label, subject) => {
    expect(agreementProblems(subject)).toEqual([]);
  });

  it.each([
    ["several memberships", user("m", ["programme_manager", ICB_A], ["board_member", ICB_B], ["contributor", PROV_C1])],
    ["regional lead plus programme manager", user("m", ["regional_lead", R1], ["programme_manager", PROV_B1])],
    ["every role everywhere", EVERYTHING_USER],
    ["no memberships", user("m")],
    ["disabled", { ...user("m", ["programme_manager", ICB_A]), disabled: true }],
    ["unknown role", { id: "m", memberships: [{ role: "superuser" as Role, organisation: ICB_A }] }],
    ["nobody", null],
  ] as const)("agrees with can for %s", (_label, subject) => {
    expect(agreementProblems(subject)).toEqual([]);
  });

  it("agrees with can for random users (property)", () => {
    const roleArb = fc.constantFrom<string>(...ROLES, "superuser");
    const membershipArb = fc.record({ role: roleArb, organisation: fc.constantFrom(...WORLD) });
    const userArb = fc.record({
      id: fc.constantFrom("u1", "u2"),
      disabled: fc.option(fc.boolean(), { nil: undefined }),
      memberships: fc.array(membershipArb, { maxLength: 5 }),
    });
    fc.assert(
      fc.property(userArb, (subject) => {
        expect(agreementProblems(subject as PolicyUser)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it("describes scopes the database can filter on", () => {
    expect(readableReturnScopes(user("b", ["board_member", ICB_A]))).toEqual([
      { statuses: ["submitted", "signed_off"], allOrganisations: false, organisationIds: [], icbIds: ["icb-a"], regionIds: [] },
    ]);
    expect(readableReturnScopes(user("m", ["programme_manager", ICB_A], ["contributor", PROV_B1], ["regional_lead", R2]))).toEqual([
      { statuses: ["draft", "submitted", "signed_off"], allOrganisations: false, organisationIds: ["prov-b1"], icbIds: ["icb-a"], regionIds: [] },
      { statuses: ["submitted", "signed_off"], allOrganisations: false, organisationIds: [], icbIds: [], regionIds: ["r2"] },
    ]);
    expect(readableReturnScopes(user("a", ["administrator", ICB_A]))).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------
// The policy stays pure.
// ---------------------------------------------------------------------------------------

describe("lib/policy purity", () => {
  it("imports nothing but its own modules (no Next, React, Prisma, zod or node)", () => {
    const dir = fileURLToPath(new URL("../../../lib/policy/", import.meta.url));
    const files = readdirSync(dir);
    expect(files).toEqual(expect.arrayContaining(["roles.ts", "policy.ts", "policy-types.ts"]));
    for (const file of files) {
      const source = readFileSync(`${dir}${file}`, "utf8");
      const specifiers = [...source.matchAll(/\bfrom\s+["']([^"']+)["']|\bimport\s*\(\s*["']([^"']+)["']/g)].map(
        (m) => m[1] ?? m[2],
      );
      expect(specifiers.filter((s) => s !== "./roles" && s !== "./policy-types"), file).toEqual([]);
    }
  });
});

describe("the improvement plan", () => {
  const owned = (ownerId: string | null, raisedFrom: { status: ReturnStatus; assigneeIds: string[] }[]): Resource => ({
    type: "improvementAction",
    organisation: ICB_A,
    ownerId,
    raisedFrom,
  });

  it("lets the owner with an account read and update the status of their action, and nothing more, without any membership", () => {
    const owner = user("owner");
    const resource = owned("owner", []);
    expect(can(owner, "action.read", resource)).toBe(true);
    expect(can(owner, "action.updateStatus", resource)).toBe(true);
    expect(can(owner, "action.edit", resource)).toBe(false);
    expect(can(owner, "action.create", resource)).toBe(false);
    expect(can(owner, "plan.read", org(ICB_A))).toBe(false);
    expect(can({ ...owner, disabled: true }, "action.updateStatus", resource)).toBe(false);
  });

  it("shows a regional lead an action linked to a draft and a published return, but not one linked to drafts only or to nothing", () => {
    const lead = user("lead", ["regional_lead", R1]);
    expect(can(lead, "action.read", owned(null, [{ status: "draft", assigneeIds: [] }, { status: "signed_off", assigneeIds: [] }]))).toBe(true);
    expect(can(lead, "action.read", owned(null, [{ status: "draft", assigneeIds: [] }]))).toBe(false);
    expect(can(lead, "action.read", owned(null, []))).toBe(false);
  });

  it("lets a contributor create an action from an item assigned to them, never from an ambition (no item) or an unassigned item", () => {
    const contributor = user("c", ["contributor", ICB_A]);
    expect(can(contributor, "action.create", owned(null, [{ status: "signed_off", assigneeIds: ["c", "d"] }]))).toBe(true);
    expect(can(contributor, "action.create", owned(null, [{ status: "draft", assigneeIds: [] }]))).toBe(false);
    expect(can(contributor, "action.create", owned(null, []))).toBe(false);
  });

  it("refuses malformed action resources", () => {
    const manager = user("m", ["programme_manager", ICB_A]);
    const bad = [
      { type: "improvementAction", organisation: ICB_A, ownerId: "", raisedFrom: [] },
      { type: "improvementAction", organisation: ICB_A, ownerId: null },
      { type: "improvementAction", organisation: ICB_A, ownerId: null, raisedFrom: [{ status: "open", assigneeIds: [] }] },
      { type: "improvementAction", organisation: R1, ownerId: null, raisedFrom: [] },
    ] as unknown as Resource[];
    for (const resource of bad) expect(can(manager, "action.edit", resource)).toBe(false);
    expect(can(manager, "action.edit", owned(null, []))).toBe(true);
  });
});
