// The embedded server's life cycle: a clean stop leaves no postgres behind, a killed app's
// orphaned server is recovered with its data, and a second command shares a running server.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { isAlive as alive, startEmbeddedServer } from "../../scripts/db/embedded-server";
import { PROJECT_ROOT } from "../../scripts/db/migrations";

const dataDir = mkdtempSync(path.join(os.tmpdir(), "ambitions-embedded-"));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

function postmasterPid(): number | null {
  const file = path.join(dataDir, "pg", "postmaster.pid");
  return existsSync(file) ? Number(readFileSync(file, "utf8").split("\n")[0]) : null;
}

async function holdServer(): Promise<{ child: ChildProcess; databaseUrl: string }> {
  const child = spawn(process.execPath, ["--import", "tsx", "tests/integration/support/hold-embedded-server.ts", dataDir], {
    cwd: PROJECT_ROOT,
    stdio: ["ignore", "pipe", "inherit"],
  });
  const databaseUrl = await new Promise<string>((resolve, reject) => {
    let out = "";
    child.stdout!.on("data", (chunk) => {
      out += chunk;
      const line = out.split("\n").find((l) => l.startsWith("{"));
      if (line) resolve(JSON.parse(line).databaseUrl);
    });
    child.on("exit", (code) => reject(new Error(`holder exited with ${code}`)));
  });
  return { child, databaseUrl };
}

async function query(url: string, sql: string): Promise<pg.QueryResult> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await client.query(sql);
  } finally {
    await client.end();
  }
}

async function waitFor(condition: () => boolean, ms = 15_000) {
  const deadline = Date.now() + ms;
  while (!condition() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  return condition();
}

describe("embedded PostgreSQL", () => {
  it("stops cleanly on SIGTERM: no postgres process is left", async () => {
    const { child, databaseUrl } = await holdServer();
    await query(databaseUrl, "CREATE TABLE kept (value text); INSERT INTO kept VALUES ('before the crash')");
    const pid = postmasterPid();
    expect(pid && alive(pid)).toBe(true);
    child.kill("SIGTERM");
    await new Promise((resolve) => child.on("exit", resolve));
    expect(await waitFor(() => !alive(pid!))).toBe(true);
    expect(postmasterPid()).toBeNull();
  });

  it("recovers after the app is killed with SIGKILL, keeping the data", async () => {
    const { child } = await holdServer();
    const orphan = postmasterPid()!;
    child.kill("SIGKILL");
    await new Promise((resolve) => child.on("exit", resolve));
    // The killed app could not stop its server: it is still running, holding the folder.
    expect(alive(orphan)).toBe(true);

    const server = await startEmbeddedServer({ dataDir, mode: "owner" });
    try {
      expect(alive(orphan)).toBe(false);
      const rows = await query(server.databaseUrl, "SELECT value FROM kept");
      expect(rows.rows).toEqual([{ value: "before the crash" }]);
    } finally {
      await server.stop();
    }
    expect(postmasterPid()).toBeNull();
  });

  it("lets a command share the server a running app owns, and refuses a second app", async () => {
    const { child, databaseUrl } = await holdServer();
    try {
      const guest = await startEmbeddedServer({ dataDir, mode: "guest" });
      expect(guest.owned).toBe(false);
      expect(guest.databaseUrl).toBe(databaseUrl);
      await guest.stop(); // a guest's stop leaves the owner's server running
      expect((await query(databaseUrl, "SELECT 1 AS one")).rows).toEqual([{ one: 1 }]);
      await expect(startEmbeddedServer({ dataDir, mode: "owner" })).rejects.toThrow(/already running from this folder/);
    } finally {
      child.kill("SIGTERM");
      await new Promise((resolve) => child.on("exit", resolve));
    }
  });
});
