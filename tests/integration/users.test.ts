import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../lib/audit/actor";
import { loadSessionUser } from "../../lib/auth/load-session-user";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "../../lib/errors";
import { getUser } from "../../lib/users/get-user";
import { listUsers } from "../../lib/users/list-users";
import { removeMembership } from "../../lib/users/remove-membership";
import { addMembership } from "../../lib/users/add-membership";
import { setUserDisabled } from "../../lib/users/set-user-disabled";
import { freshDb } from "./support/database";
import { createActor, seedWorld } from "./support/organisation-fixtures";

let fresh: Awaited<ReturnType<typeof freshDb>>;
let world: Awaited<ReturnType<typeof seedWorld>>;
let admin: Actor;
let manager: Actor;

beforeAll(async () => {
  fresh = await freshDb();
  world = await seedWorld(fresh.db);
  admin = await createActor(fresh.db, "administrator", world.bnssg);
  manager = await createActor(fresh.db, "programme_manager", world.bnssg);
});
afterAll(async () => fresh.cleanup());

async function openSession(userId: string) {
  return (await fresh.db.userSession.create({ data: { userId } })).id;
}

describe("removeMembership", () => {
  it("takes the role away from the next request on, and audits who removed what", async () => {
    const contributor = await createActor(fresh.db, "contributor", world.bnssg);
    const sessionId = await openSession(contributor.id);
    expect((await loadSessionUser(fresh.db, sessionId))?.memberships).toHaveLength(1);
    const [membership] = (await getUser(fresh.db, contributor.id))!.memberships;
    await removeMembership(fresh.db, membership!.id, admin);
    const after = await loadSessionUser(fresh.db, sessionId);
    expect(after?.memberships).toEqual([]);
    expect(await fresh.db.auditEvent.findFirst({ where: { action: "membership.remove", targetId: contributor.id } })).toMatchObject({
      actorId: admin.id,
      details: { role: "contributor", organisationId: world.bnssg.id },
    });
  });

  it("is an administrator's alone, and an administrator cannot remove their own administrator role", async () => {
    const contributor = await createActor(fresh.db, "contributor", world.bnssg);
    const [membership] = (await getUser(fresh.db, contributor.id))!.memberships;
    await expect(removeMembership(fresh.db, membership!.id, manager)).rejects.toBeInstanceOf(ForbiddenError);
    const [own] = (await getUser(fresh.db, admin.id))!.memberships;
    await expect(removeMembership(fresh.db, own!.id, admin)).rejects.toBeInstanceOf(ConflictError);
    await expect(removeMembership(fresh.db, "not-a-uuid", admin)).rejects.toBeInstanceOf(NotFoundError);
    expect(await fresh.db.membership.count({ where: { id: { in: [membership!.id, own!.id] } } })).toBe(2);
  });
});

describe("setUserDisabled", () => {
  it("ends every open session at once, refuses sign-in, and can be undone", async () => {
    const contributor = await createActor(fresh.db, "contributor", world.bnssg);
    const sessions = [await openSession(contributor.id), await openSession(contributor.id)];
    await expect(setUserDisabled(fresh.db, { userId: contributor.id, disabled: true }, admin)).resolves.toEqual({ changed: true });
    for (const id of sessions) expect(await loadSessionUser(fresh.db, id)).toBeNull();
    await expect(setUserDisabled(fresh.db, { userId: contributor.id, disabled: true }, admin)).resolves.toEqual({ changed: false });
    await setUserDisabled(fresh.db, { userId: contributor.id, disabled: false }, admin);
    expect((await getUser(fresh.db, contributor.id))?.disabled).toBe(false);
    // The old sessions stay ended: enabled again means signing in again.
    for (const id of sessions) expect(await loadSessionUser(fresh.db, id)).toBeNull();
    const actions = await fresh.db.auditEvent.findMany({ where: { targetId: contributor.id }, orderBy: { id: "asc" }, select: { action: true } });
    expect(actions.map((row) => row.action)).toEqual(["user.disable", "user.enable"]);
  });

  it("is refused to anyone but an administrator, and to an administrator about themselves", async () => {
    const contributor = await createActor(fresh.db, "contributor", world.bnssg);
    await expect(setUserDisabled(fresh.db, { userId: contributor.id, disabled: true }, manager)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(setUserDisabled(fresh.db, { userId: admin.id, disabled: true }, admin)).rejects.toBeInstanceOf(ConflictError);
    expect((await getUser(fresh.db, contributor.id))?.disabled).toBe(false);
  });
});

describe("listUsers", () => {
  it("lists everyone with their roles and organisations", async () => {
    const users = await listUsers(fresh.db);
    const listed = users.find((user) => user.id === manager.id);
    expect(listed?.memberships).toEqual([expect.objectContaining({ role: "programme_manager", organisation: expect.objectContaining({ id: world.bnssg.id }) })]);
    expect(users.length).toBe(await fresh.db.user.count());
  });
});

describe("addMembership", () => {
  it("gives an existing user a role from their next request on, audited with who, what and where", async () => {
    const contributor = await createActor(fresh.db, "contributor", world.bnssg);
    const sessionId = await openSession(contributor.id);
    await addMembership(fresh.db, { userId: contributor.id, organisationId: world.devon.id, role: "board_member" }, admin);
    const after = await loadSessionUser(fresh.db, sessionId);
    expect(after?.memberships.map((membership) => `${membership.role}@${membership.organisation.id}`).sort()).toEqual(
      [`board_member@${world.devon.id}`, `contributor@${world.bnssg.id}`].sort(),
    );
    expect(await fresh.db.auditEvent.findFirst({ where: { action: "membership.create", targetId: contributor.id } })).toMatchObject({
      actorId: admin.id,
      targetType: "user",
      details: { role: "board_member", organisationId: world.devon.id, userId: contributor.id },
    });
  });

  it("refuses a role already held, a role the organisation cannot hold, and anyone but an administrator", async () => {
    const contributor = await createActor(fresh.db, "contributor", world.bnssg);
    await expect(addMembership(fresh.db, { userId: contributor.id, organisationId: world.bnssg.id, role: "contributor" }, admin)).rejects.toMatchObject({
      reason: "membership.held",
    });
    await expect(addMembership(fresh.db, { userId: contributor.id, organisationId: world.bnssg.id, role: "regional_lead" }, admin)).rejects.toBeInstanceOf(
      ValidationError,
    );
    await expect(addMembership(fresh.db, { userId: contributor.id, organisationId: world.bnssg.id, role: "board_member" }, manager)).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    await expect(addMembership(fresh.db, { userId: "not-a-uuid", organisationId: world.bnssg.id, role: "board_member" }, admin)).rejects.toBeInstanceOf(
      NotFoundError,
    );
    expect(await fresh.db.membership.count({ where: { userId: contributor.id } })).toBe(1);
  });
});

describe("listUsers with a search", () => {
  it("finds users by part of their name or email address, any case", async () => {
    const contributor = await createActor(fresh.db, "contributor", world.bnssg);
    const local = contributor.email.split("@")[0]!;
    expect((await listUsers(fresh.db, local.toUpperCase())).map((user) => user.id)).toEqual([contributor.id]);
    expect((await listUsers(fresh.db, "test CONTRIBUTOR")).map((user) => user.id)).toContain(contributor.id);
    expect(await listUsers(fresh.db, "nobody has this in their name")).toEqual([]);
  });
});
