// getCurrentUser, requireUser and authorise as a page uses them, over a real database: the
// cookie is a real next-auth JWT; only Next's request APIs are stood in for.
import { encode } from "next-auth/jwt";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Db } from "../../lib/db/create-client";
import { freshDb } from "./support/database";
import { createTestUser, seedBnssg } from "./support/auth-fixtures";

const request = vi.hoisted(() => {
  process.env.NEXTAUTH_SECRET = "integration-test-secret-of-at-least-32-chars";
  return { cookies: new Map<string, string>(), headers: new Headers(), db: undefined as Db | undefined };
});

vi.mock("next/headers", () => ({
  cookies: async () => ({ get: (name: string) => (request.cookies.has(name) ? { name, value: request.cookies.get(name) } : undefined) }),
  headers: async () => request.headers,
}));
vi.mock("next/navigation", () => ({
  redirect: (url: string) => {
    throw new Error(`REDIRECT ${url}`);
  },
  notFound: () => {
    throw new Error("NOT_FOUND");
  },
}));
vi.mock("../../lib/db/prisma", () => ({ db: () => request.db }));

const { getCurrentUser, requireUser } = await import("../../lib/request/current-user");
const { authorise } = await import("../../lib/request/authorise");
const { startUserSession } = await import("../../lib/auth/start-user-session");

describe("getCurrentUser, requireUser and authorise", () => {
  let fresh: Awaited<ReturnType<typeof freshDb>>;
  let icb: { id: string; kind: "icb"; regionId: string; icbId: string };
  let userId: string;
  let sessionId: string;

  beforeAll(async () => {
    fresh = await freshDb();
    request.db = fresh.db;
    const { icbId, regionId } = await seedBnssg(fresh.db);
    icb = { id: icbId, kind: "icb", regionId, icbId };
    userId = await createTestUser(fresh.db, { email: "board@nhs.net", name: "Bo Ard", role: "board_member", organisationId: icbId });
    sessionId = await startUserSession(fresh.db, { userId, ip: "10.0.0.1", now: new Date() });
  });
  afterAll(async () => fresh.cleanup());
  beforeEach(() => {
    request.cookies.clear();
    request.headers = new Headers({ "x-ambitions-client-ip": "10.9.8.7", "x-ambitions-request-path": "/catalogue?version=x" });
  });

  async function signedIn(token: Record<string, unknown> = { sessionId }, secret = process.env.NEXTAUTH_SECRET as string) {
    request.cookies.set("ambitions.session", await encode({ token, secret }));
  }

  it("is nobody without a cookie, and requireUser sends them to sign in and back to the page they asked for", async () => {
    expect(await getCurrentUser()).toBeNull();
    await expect(requireUser()).rejects.toThrow("REDIRECT /sign-in?callbackUrl=%2Fcatalogue%3Fversion%3Dx");
    await expect(requireUser("https://evil.example/")).rejects.toThrow("REDIRECT /sign-in?callbackUrl=%2F");
  });

  it("reads the user named by the cookie's session from the database", async () => {
    await signedIn();
    expect(await getCurrentUser()).toMatchObject({ id: userId, email: "board@nhs.net", name: "Bo Ard", sessionId, disabled: false });
    expect(await requireUser()).toMatchObject({ id: userId });
  });

  it("ignores a cookie made with another secret, or naming no session", async () => {
    await signedIn({ sessionId }, "another-secret-another-secret-another-secret");
    expect(await getCurrentUser()).toBeNull();
    await signedIn({ sub: userId });
    expect(await getCurrentUser()).toBeNull();
    request.cookies.set("ambitions.session", "garbage");
    expect(await getCurrentUser()).toBeNull();
  });

  it("authorise returns the user when the policy allows", async () => {
    await signedIn();
    expect(await authorise("dashboard.read", { type: "organisation", organisation: icb })).toMatchObject({ id: userId });
  });

  it("authorise answers 404 when the policy refuses, and audits the refusal", async () => {
    await signedIn();
    await expect(authorise("return.create", { type: "organisation", organisation: icb })).rejects.toThrow("NOT_FOUND");
    const audit = await fresh.db.auditEvent.findFirst({ where: { action: "permission.denied" }, orderBy: { id: "desc" } });
    expect(audit).toMatchObject({
      outcome: "denied",
      actorId: userId,
      actorEmail: "board@nhs.net",
      targetType: "organisation",
      targetId: icb.id,
      ip: "10.9.8.7",
      details: { action: "return.create", resource: { type: "organisation", organisation: icb } },
    });
  });

  it("authorise sends somebody not signed in to sign in rather than answering 404", async () => {
    await expect(authorise("catalogue.read", { type: "system" }, "/catalogue")).rejects.toThrow("REDIRECT /sign-in?callbackUrl=%2Fcatalogue");
  });

  it("a signed-out session is nobody on the next request", async () => {
    const other = await startUserSession(fresh.db, { userId, ip: null, now: new Date() });
    await signedIn({ sessionId: other });
    expect(await getCurrentUser()).not.toBeNull();
    await fresh.db.userSession.update({ where: { id: other }, data: { revokedAt: new Date() } });
    expect(await getCurrentUser()).toBeNull();
  });
});
