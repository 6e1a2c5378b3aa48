import { createHash } from "node:crypto";
import { verify } from "@node-rs/argon2";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../lib/audit/actor";
import { ConflictError, ForbiddenError, InvitationUnusableError, ValidationError } from "../../lib/errors";
import { acceptInvitation } from "../../lib/invitations/accept-invitation";
import { buildInvitationLink } from "../../lib/invitations/build-invitation-link";
import { createInvitation } from "../../lib/invitations/create-invitation";
import { getInvitationByToken } from "../../lib/invitations/get-invitation-by-token";
import { INVITATION_LIFETIME_MS } from "../../lib/invitations/invitation-lifetime";
import { listInvitableRoles } from "../../lib/invitations/list-invitable-roles";
import { sendInvitation, smtpTransport, type InvitationMessage } from "../../lib/invitations/send-invitation";
import { SMTPServer } from "smtp-server";
import type { AddressInfo } from "node:net";
import { createActor, seedWorld } from "./support/organisation-fixtures";
import { freshDb } from "./support/database";

let fresh: Awaited<ReturnType<typeof freshDb>>;
let world: Awaited<ReturnType<typeof seedWorld>>;
let admin: Actor;
let manager: Actor;
let contributor: Actor;

const STRONG = "correct horse battery staple";
let counter = 0;
const newEmail = () => `invitee.${++counter}@example.nhs.uk`;

beforeAll(async () => {
  fresh = await freshDb();
  world = await seedWorld(fresh.db);
  admin = await createActor(fresh.db, "administrator", world.london);
  manager = await createActor(fresh.db, "programme_manager", world.bnssg);
  contributor = await createActor(fresh.db, "contributor", world.bnssg);
});
afterAll(async () => fresh.cleanup());

const sha256 = (value: string) => createHash("sha256").update(value).digest("hex");

describe("createInvitation", () => {
  it("stores only the sha256 of a 32-byte random token, expiring in 7 days, and audits without the token", async () => {
    const now = new Date("2026-03-02T09:00:00Z");
    const email = newEmail();
    const created = await createInvitation(fresh.db, { email: ` ${email.toUpperCase()} `, organisationId: world.place.id, role: "contributor" }, manager, now);

    expect(Buffer.from(created.token, "base64url")).toHaveLength(32);
    const stored = await fresh.db.invitation.findUniqueOrThrow({ where: { id: created.id } });
    expect(stored.tokenHash).toBe(sha256(created.token));
    expect(stored).toMatchObject({ email, organisationId: world.place.id, role: "contributor", invitedById: manager.id, acceptedAt: null, revokedAt: null });
    expect(stored.expiresAt.getTime() - now.getTime()).toBe(7 * 24 * 60 * 60 * 1000);
    expect(JSON.stringify(stored)).not.toContain(created.token);

    const audit = await fresh.db.auditEvent.findFirstOrThrow({ where: { action: "invitation.create", targetId: created.id } });
    expect(audit).toMatchObject({ outcome: "success", actorId: manager.id, actorEmail: manager.email, targetType: "invitation" });
    expect(audit.details).toMatchObject({ email, organisationId: world.place.id, role: "contributor" });
    expect(JSON.stringify({ ...audit, id: String(audit.id) })).not.toContain(created.token);
  });

  it("lets a programme manager invite contributors anywhere in their ICB, and nothing else", async () => {
    for (const organisation of [world.bnssg, world.place, world.hospice]) {
      await expect(createInvitation(fresh.db, { email: newEmail(), organisationId: organisation.id, role: "contributor" }, manager)).resolves.toBeTruthy();
    }
    const before = await fresh.db.invitation.count();
    // Another ICB, its provider, the region: out of scope.
    for (const organisation of [world.devon, world.devonProvider]) {
      await expect(createInvitation(fresh.db, { email: newEmail(), organisationId: organisation.id, role: "contributor" }, manager)).rejects.toBeInstanceOf(
        ForbiddenError,
      );
    }
    // In scope, but roles above a contributor.
    for (const role of ["clinical_lead", "programme_manager", "board_member", "administrator"] as const) {
      await expect(createInvitation(fresh.db, { email: newEmail(), organisationId: world.bnssg.id, role }, manager)).rejects.toBeInstanceOf(ForbiddenError);
    }
    expect(await fresh.db.invitation.count()).toBe(before);
  });

  it("refuses contributors outright", async () => {
    await expect(createInvitation(fresh.db, { email: newEmail(), organisationId: world.bnssg.id, role: "contributor" }, contributor)).rejects.toBeInstanceOf(
      ForbiddenError,
    );
  });

  it("lets an administrator invite any role an organisation can hold: a regional lead only on a region", async () => {
    await expect(createInvitation(fresh.db, { email: newEmail(), organisationId: world.devon.id, role: "clinical_lead" }, admin)).resolves.toBeTruthy();
    await expect(createInvitation(fresh.db, { email: newEmail(), organisationId: world.southWest.id, role: "regional_lead" }, admin)).resolves.toBeTruthy();
    await expect(createInvitation(fresh.db, { email: newEmail(), organisationId: world.devon.id, role: "regional_lead" }, admin)).rejects.toBeInstanceOf(
      ValidationError,
    );
    await expect(createInvitation(fresh.db, { email: newEmail(), organisationId: world.southWest.id, role: "contributor" }, admin)).rejects.toBeInstanceOf(
      ValidationError,
    );
  });

  it("refuses to invite somebody who already has that role there", async () => {
    await expect(createInvitation(fresh.db, { email: contributor.email, organisationId: world.bnssg.id, role: "contributor" }, manager)).rejects.toMatchObject({
      reason: "membership.exists",
    });
  });

  it("replaces an earlier pending invitation for the same email, organisation and role", async () => {
    const email = newEmail();
    const first = await createInvitation(fresh.db, { email, organisationId: world.bnssg.id, role: "contributor" }, manager);
    const second = await createInvitation(fresh.db, { email, organisationId: world.bnssg.id, role: "contributor" }, manager);
    expect(await getInvitationByToken(fresh.db, first.token)).toBeNull();
    expect(await getInvitationByToken(fresh.db, second.token)).not.toBeNull();
    await expect(acceptInvitation(fresh.db, first.token, { as: "newUser", name: "Late", password: STRONG })).rejects.toBeInstanceOf(InvitationUnusableError);
  });
});

describe("getInvitationByToken", () => {
  it("works until 7 days after sending and not a moment later", async () => {
    const now = new Date("2026-04-01T12:00:00Z");
    const { token } = await createInvitation(fresh.db, { email: newEmail(), organisationId: world.bnssg.id, role: "contributor" }, manager, now);
    const justBefore = new Date(now.getTime() + INVITATION_LIFETIME_MS - 1);
    const atExpiry = new Date(now.getTime() + INVITATION_LIFETIME_MS);
    expect(await getInvitationByToken(fresh.db, token, justBefore)).toMatchObject({
      organisationName: world.bnssg.name,
      inviterName: "Test programme_manager",
      role: "contributor",
      existingUser: false,
    });
    expect(await getInvitationByToken(fresh.db, token, atExpiry)).toBeNull();
    await expect(acceptInvitation(fresh.db, token, { as: "newUser", name: "Too Late", password: STRONG }, atExpiry)).rejects.toBeInstanceOf(
      InvitationUnusableError,
    );
  });

  it("finds nothing for unknown, malformed or revoked tokens", async () => {
    expect(await getInvitationByToken(fresh.db, "x".repeat(43))).toBeNull();
    expect(await getInvitationByToken(fresh.db, "not a token")).toBeNull();
    const { id, token } = await createInvitation(fresh.db, { email: newEmail(), organisationId: world.bnssg.id, role: "contributor" }, manager);
    await fresh.db.invitation.update({ where: { id }, data: { revokedAt: new Date() } });
    expect(await getInvitationByToken(fresh.db, token)).toBeNull();
  });
});

describe("acceptInvitation", () => {
  it("creates the user and membership and marks the invitation accepted, once only, with audits", async () => {
    const email = newEmail();
    const { id, token } = await createInvitation(fresh.db, { email, organisationId: world.hospice.id, role: "contributor" }, manager);
    const accepted = await acceptInvitation(fresh.db, token, { as: "newUser", name: "  Ada   Lovelace ", password: STRONG });

    const user = await fresh.db.user.findUniqueOrThrow({ where: { email }, include: { memberships: true } });
    expect(user.name).toBe("Ada Lovelace");
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verify(user.passwordHash ?? "", STRONG)).toBe(true);
    expect(user.memberships).toEqual([expect.objectContaining({ organisationId: world.hospice.id, role: "contributor" })]);
    expect(accepted).toEqual({ userId: user.id, organisationId: world.hospice.id, role: "contributor", membershipCreated: true });
    expect((await fresh.db.invitation.findUniqueOrThrow({ where: { id } })).acceptedAt).not.toBeNull();

    const actions = (await fresh.db.auditEvent.findMany({ where: { actorId: user.id }, orderBy: { id: "asc" } })).map((event) => event.action);
    expect(actions).toEqual(["user.create", "invitation.accept", "membership.create"]);

    await expect(acceptInvitation(fresh.db, token, { as: "newUser", name: "Again", password: STRONG })).rejects.toBeInstanceOf(InvitationUnusableError);
    expect(await getInvitationByToken(fresh.db, token)).toBeNull();
  });

  it("writes nothing when the password is too short, and the link still works afterwards", async () => {
    const email = newEmail();
    const { token } = await createInvitation(fresh.db, { email, organisationId: world.bnssg.id, role: "contributor" }, manager);
    const auditsBefore = await fresh.db.auditEvent.count();
    await expect(acceptInvitation(fresh.db, token, { as: "newUser", name: "Short", password: "elevenchars" })).rejects.toMatchObject({
      field: "password",
    });
    expect(await fresh.db.user.count({ where: { email } })).toBe(0);
    expect(await fresh.db.auditEvent.count()).toBe(auditsBefore);
    expect(await getInvitationByToken(fresh.db, token)).not.toBeNull();
    await expect(acceptInvitation(fresh.db, token, { as: "newUser", name: "Long Enough", password: "twelve chars" })).resolves.toMatchObject({
      membershipCreated: true,
    });
  });

  it("rolls everything back when a step fails inside the transaction (the email registered meanwhile)", async () => {
    const email = newEmail();
    const { token, id } = await createInvitation(fresh.db, { email, organisationId: world.bnssg.id, role: "contributor" }, manager);
    const racer = await fresh.db.user.create({ data: { email, name: "Got there first" } });
    const auditsBefore = await fresh.db.auditEvent.count();
    await expect(acceptInvitation(fresh.db, token, { as: "newUser", name: "Second", password: STRONG })).rejects.toBeInstanceOf(ConflictError);
    expect((await fresh.db.invitation.findUniqueOrThrow({ where: { id } })).acceptedAt).toBeNull();
    expect(await fresh.db.membership.count({ where: { userId: racer.id } })).toBe(0);
    expect(await fresh.db.auditEvent.count()).toBe(auditsBefore);
    // The page now offers the existing-user route instead.
    expect(await getInvitationByToken(fresh.db, token)).toMatchObject({ existingUser: true });
  });

  it("adds the membership to an existing user signed in as the invited email", async () => {
    const existing = await createActor(fresh.db, "contributor", world.devon);
    const { token } = await createInvitation(fresh.db, { email: existing.email, organisationId: world.bnssg.id, role: "clinical_lead" }, admin);
    expect(await getInvitationByToken(fresh.db, token)).toMatchObject({ existingUser: true });
    const accepted = await acceptInvitation(fresh.db, token, { as: "existingUser", user: existing });
    expect(accepted).toMatchObject({ userId: existing.id, membershipCreated: true });
    const memberships = await fresh.db.membership.findMany({ where: { userId: existing.id }, orderBy: { role: "asc" } });
    expect(memberships.map((membership) => [membership.organisationId, membership.role])).toEqual(
      expect.arrayContaining([
        [world.devon.id, "contributor"],
        [world.bnssg.id, "clinical_lead"],
      ]),
    );
    expect(await fresh.db.user.count({ where: { email: existing.email } })).toBe(1);
  });

  it("refuses somebody signed in as a different account, writing nothing", async () => {
    const invitee = await createActor(fresh.db, "contributor", world.devon);
    const someoneElse = await createActor(fresh.db, "contributor", world.devon);
    const { token, id } = await createInvitation(fresh.db, { email: invitee.email, organisationId: world.bnssg.id, role: "contributor" }, manager);
    await expect(acceptInvitation(fresh.db, token, { as: "existingUser", user: someoneElse })).rejects.toBeInstanceOf(ForbiddenError);
    expect((await fresh.db.invitation.findUniqueOrThrow({ where: { id } })).acceptedAt).toBeNull();
    expect(await fresh.db.membership.count({ where: { userId: someoneElse.id, organisationId: world.bnssg.id } })).toBe(0);
  });

  it("lets exactly one of two simultaneous acceptances through", async () => {
    const email = newEmail();
    const { token } = await createInvitation(fresh.db, { email, organisationId: world.bnssg.id, role: "contributor" }, manager);
    const results = await Promise.allSettled([1, 2].map((n) => acceptInvitation(fresh.db, token, { as: "newUser", name: `Racer ${n}`, password: STRONG })));
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    expect(await fresh.db.user.count({ where: { email } })).toBe(1);
    expect(await fresh.db.membership.count({ where: { user: { email } } })).toBe(1);
  });
});

describe("listInvitableRoles", () => {
  it("offers a programme manager contributors only, an administrator every role, a contributor nothing", () => {
    expect(listInvitableRoles(manager)).toEqual(["contributor"]);
    expect(listInvitableRoles(admin)).toEqual(["contributor", "programme_manager", "clinical_lead", "board_member", "regional_lead", "administrator"]);
    expect(listInvitableRoles(contributor)).toEqual([]);
  });
});

describe("sendInvitation", () => {
  it("hands the transport the link and the details, worded for the invitee", async () => {
    const sent: InvitationMessage[] = [];
    const link = buildInvitationLink("https://ambitions.example.nhs.uk", "a".repeat(43));
    expect(link).toBe(`https://ambitions.example.nhs.uk/accept-invitation/${"a".repeat(43)}`);
    await sendInvitation(
      { to: "jo@example.nhs.uk", inviterName: "Pat Manager", organisationName: "Devon", role: "clinical_lead", link, expiresAt: new Date("2026-06-08T09:30:00Z") },
      { name: "test", send: async (message) => void sent.push(message) },
    );
    expect(sent).toHaveLength(1);
    expect(sent[0]?.to).toBe("jo@example.nhs.uk");
    expect(sent[0]?.subject).toContain("Devon");
    expect(sent[0]?.text).toContain(link);
    expect(sent[0]?.text).toContain("Pat Manager has invited you to join Devon as clinical lead");
    expect(sent[0]?.text).toContain("8 June 2026 at 10:30"); // UK summer time
  });

  it("sends it through a real SMTP server when one is configured", async () => {
    const received: { from: string; to: string[]; data: string }[] = [];
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ["STARTTLS"],
      onData(stream, session, callback) {
        let data = "";
        stream.on("data", (chunk: Buffer) => (data += chunk.toString("utf8")));
        stream.on("end", () => {
          received.push({ from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "", to: session.envelope.rcptTo.map((r) => r.address), data });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.server.address() as AddressInfo;
    try {
      const link = buildInvitationLink("https://ambitions.example.nhs.uk", "b".repeat(43));
      await sendInvitation(
        { to: "sam@example.nhs.uk", inviterName: "Pat Manager", organisationName: "Devon", role: "contributor", link, expiresAt: new Date("2026-12-09T09:30:00Z") },
        smtpTransport(`smtp://127.0.0.1:${port}`, "Ambitions <ambitions@example.nhs.uk>"),
      );
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
    expect(received).toHaveLength(1);
    expect(received[0]?.from).toBe("ambitions@example.nhs.uk");
    expect(received[0]?.to).toEqual(["sam@example.nhs.uk"]);
    expect(received[0]?.data).toContain("Subject: You are invited to the Ambitions self-assessment for Devon");
    expect(received[0]?.data.replace(/=\r?\n/g, "")).toContain(`/accept-invitation/${"b".repeat(43)}`);
  });
});
