// GET /api/health against a PostgreSQL server of its own, which the test stops and starts again.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findFreePort, startEmbeddedServer, type EmbeddedServer } from "../../scripts/db/embedded-server";
import { applyMigrations, listMigrations } from "../../scripts/db/migrations";
import { checkHealth } from "../../lib/health/check-health";
import { createPrismaClient } from "../../lib/db/create-client";
import { createDatabase } from "./support/database";

type RouteModule = typeof import("../../app/api/health/route");

describe("GET /api/health", () => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "ambitions-health-"));
  let port: number;
  let server: EmbeddedServer;
  let route: RouteModule;
  /** The route as Next calls it: a request, and the (empty) path parameters. */
  const getHealth = () => route.GET(new Request("http://localhost/api/health"), { params: Promise.resolve({}) });

  beforeAll(async () => {
    port = await findFreePort();
    server = await startEmbeddedServer({ dataDir, mode: "owner", port });
    await applyMigrations(server.databaseUrl);
    process.env.DATABASE_URL = server.databaseUrl;
    delete (globalThis as { prisma?: unknown }).prisma;
    route = await import("../../app/api/health/route");
  });

  afterAll(async () => {
    const prisma = (globalThis as { prisma?: { $disconnect(): Promise<void> } }).prisma;
    await prisma?.$disconnect();
    delete (globalThis as { prisma?: unknown }).prisma;
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("answers 200 with the database up and every migration applied", async () => {
    const response = await getHealth();
    expect(response.status).toBe(200);
    const migrations = listMigrations();
    expect(await response.json()).toEqual({
      status: "ok",
      database: "up",
      migrations: { applied: migrations.length, latest: migrations.at(-1)?.name },
    });
  });

  it("answers 503 with a reason while the database is down, and recovers by itself when it is back", async () => {
    await server.stop();
    const down = await getHealth();
    expect(down.status).toBe(503);
    const body = await down.json();
    expect(body).toMatchObject({ status: "unavailable", database: "down", migrations: "unknown" });
    expect(body.reason).toMatch(/^database unreachable: /);

    server = await startEmbeddedServer({ dataDir, mode: "owner", port });
    const back = await getHealth();
    expect(back.status).toBe(200);
  });

  it("reports 503 with the pending migrations when the database is behind the build", async () => {
    const database = await createDatabase({ migrate: false });
    const client = createPrismaClient(database.url);
    try {
      const empty = await checkHealth(client, ["20260101000000_init"]);
      expect(empty).toMatchObject({ status: "unavailable", database: "up" });
      await applyMigrations(database.url);
      const behind = await checkHealth(client, [...listMigrations().map((m) => m.name), "29991231000000_future"]);
      expect(behind).toMatchObject({
        status: "unavailable",
        database: "up",
        migrations: { pending: ["29991231000000_future"] },
      });
    } finally {
      await client.$disconnect();
      await database.drop();
    }
  });
});
