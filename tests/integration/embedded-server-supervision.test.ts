// The app's embedded PostgreSQL is started again when it dies under the app: on the same port,
// with its data, clients reconnecting by themselves; with a back-off when it cannot start; and
// never after the app has stopped it.
import { mkdtempSync, rmSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { createPrismaClient } from "../../lib/db/create-client";
import { isAlive, startEmbeddedServer, type EmbeddedServer } from "../../scripts/db/embedded-server";
import { eventually, postmasterOf, query, waitFor } from "./support/embedded-server-helpers";

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function ownedServer(): Promise<{ server: EmbeddedServer; lines: string[] }> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "ambitions-supervised-"));
  cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
  const lines: string[] = [];
  const server = await startEmbeddedServer({ dataDir, mode: "owner", log: (line) => lines.push(line) });
  cleanups.push(() => server.stop());
  return { server, lines };
}

function killPostmaster(server: EmbeddedServer): number {
  const postmaster = postmasterOf(server.clusterDir);
  if (!postmaster) throw new Error("no postmaster.pid");
  process.kill(postmaster.pid, "SIGKILL");
  return postmaster.pid;
}

describe("the embedded PostgreSQL under the app that owns it", () => {
  it("is started again on the same port after a SIGKILL, keeping its data, and the app's clients reconnect", async () => {
    const { server, lines } = await ownedServer();
    await query(server.databaseUrl, "CREATE TABLE kept (value text); INSERT INTO kept VALUES ('committed before the kill')");
    // The app's own pool (lib/db/create-client.ts) and a plain pg pool, each holding an idle
    // connection that the kill breaks.
    const prisma = createPrismaClient(server.databaseUrl);
    cleanups.push(() => prisma.$disconnect());
    const pool = new pg.Pool({ connectionString: server.databaseUrl });
    pool.on("error", () => {});
    cleanups.push(() => pool.end());
    expect(await prisma.$queryRaw`SELECT value FROM kept`).toEqual([{ value: "committed before the kill" }]);
    expect((await pool.query("SELECT 1 AS one")).rows).toEqual([{ one: 1 }]);

    const killed = killPostmaster(server);
    expect(await waitFor(() => lines.includes(`PostgreSQL is running again on port ${server.port}.`))).toBe(true);
    expect(lines).toContain("PostgreSQL stopped unexpectedly (signal SIGKILL); restarting in 1 s.");

    const postmaster = postmasterOf(server.clusterDir);
    expect(postmaster?.pid).not.toBe(killed);
    expect(postmaster?.port).toBe(server.port);
    expect(isAlive(postmaster!.pid)).toBe(true);
    // A pooled connection broken by the kill may fail once; the pool then opens a new one.
    expect(await eventually(() => prisma.$queryRaw`SELECT value FROM kept`, 10_000)).toEqual([
      { value: "committed before the kill" },
    ]);
    expect((await eventually(() => pool.query("SELECT value FROM kept"), 10_000)).rows).toEqual([
      { value: "committed before the kill" },
    ]);

    await server.stop();
    expect(isAlive(postmaster!.pid)).toBe(false);
    // Stopping is not dying: nothing starts it again.
    await new Promise((r) => setTimeout(r, 3_000));
    expect(postmasterOf(server.clusterDir)).toBeNull();
    expect(lines.filter((line) => line.startsWith("PostgreSQL is running again"))).toHaveLength(1);
  });

  it("keeps trying with a growing back-off while it cannot start, logging each failure, and comes back when it can", async () => {
    const { server, lines } = await ownedServer();
    killPostmaster(server);
    expect(await waitFor(() => lines.some((line) => line.startsWith("PostgreSQL stopped unexpectedly")))).toBe(true);

    // Something else takes the port before the restart, one second after the death.
    const squatter = net.createServer();
    await eventually(
      () =>
        new Promise<void>((resolve, reject) => {
          squatter.once("error", reject);
          squatter.listen(server.port, "127.0.0.1", () => resolve());
        }),
      900,
    );
    try {
      expect(
        await waitFor(() => lines.some((line) => /^PostgreSQL did not start again \(.+\); trying again in 4 s\.$/.test(line))),
      ).toBe(true);
    } finally {
      await new Promise((resolve) => squatter.close(resolve));
    }
    const failures = lines.filter((line) => line.startsWith("PostgreSQL did not start again"));
    expect(failures[0]).toMatch(/^PostgreSQL did not start again \(.+\); trying again in 2 s\.$/);
    expect(failures[1]).toMatch(/trying again in 4 s\.$/);

    expect(await waitFor(() => lines.includes(`PostgreSQL is running again on port ${server.port}.`), 60_000)).toBe(true);
    expect((await query(server.databaseUrl, "SELECT 1 AS one")).rows).toEqual([{ one: 1 }]);
  });

  it("is not started again when the app stops it while a restart is pending", async () => {
    const { server, lines } = await ownedServer();
    const killed = killPostmaster(server);
    expect(await waitFor(() => lines.some((line) => line.startsWith("PostgreSQL stopped unexpectedly")))).toBe(true);
    await server.stop();
    await new Promise((r) => setTimeout(r, 3_000));
    expect(isAlive(killed)).toBe(false);
    const after = postmasterOf(server.clusterDir);
    expect(after === null || !isAlive(after.pid)).toBe(true);
    expect(lines.some((line) => line.startsWith("PostgreSQL is running again"))).toBe(false);
    await expect(query(server.databaseUrl, "SELECT 1")).rejects.toThrow();
  });
});
