// A second app instance beside the one Playwright starts (playwright.config.ts), on the same
// PostgreSQL: what a load balancer in front of two servers looks like. It is started the way
// the README tells operators to run several instances — `npm start` with DATABASE_URL and the
// shared NEXTAUTH_SECRET — so it starts nothing embedded and stopping it leaves the first
// instance's database running.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { buildStamp } from "../../../scripts/build-if-needed";
import { PROJECT_ROOT } from "../../../scripts/db/migrations";
import { assertPortFree } from "../../../scripts/port";
import { findFreePort, startEmbeddedServer } from "../../../scripts/db/embedded-server";

export type SecondInstance = {
  /** Where the second instance answers, like http://localhost:3252. */
  baseURL: string;
  /** SIGTERM, then wait for the process to exit (SIGKILL after 20 s). */
  stop(): Promise<void>;
};

const STARTUP_TIMEOUT_MS = 150_000;
const STOP_TIMEOUT_MS = 20_000;

/** The first instance's database (its embedded server, joined, never started or stopped here). */
async function firstInstanceDatabaseUrl(dataDir: string): Promise<string> {
  const server = await startEmbeddedServer({ dataDir, mode: "guest" });
  if (server.owned) {
    // Guest mode starts a server when none runs: then there is no first instance to share it with.
    await server.stop();
    throw new Error(`No app is running on ${dataDir}: run this spec with npx playwright test.`);
  }
  return server.databaseUrl;
}

/**
 * Both instances serve the one .next folder. If the sources no longer match the build the
 * first instance serves, the second would rebuild it under the first's feet: refuse instead.
 */
function assertBuildCurrent(secret: string): void {
  const stamp = path.join(PROJECT_ROOT, ".next", "ambitions-source-hash");
  if (!existsSync(stamp) || readFileSync(stamp, "utf8") !== buildStamp({ NEXTAUTH_SECRET: secret })) {
    throw new Error("The sources changed since the first instance was built: a second start would rebuild .next while it serves.");
  }
}

async function waitForExit(child: ChildProcess, timeoutMs: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return true;
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), timeoutMs);
    child.once("exit", () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

async function waitForHealth(baseURL: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + STARTUP_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`The second instance exited (${child.exitCode ?? child.signalCode}) before it was healthy:\n${output()}`);
    }
    try {
      const response = await fetch(`${baseURL}/api/health`, { signal: AbortSignal.timeout(5_000) });
      if (response.status === 200) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`The second instance was not healthy within ${STARTUP_TIMEOUT_MS / 1000} s:\n${output()}`);
}

/**
 * Starts `node --import tsx scripts/start.ts` on E2E_SECOND_PORT (or a free port) against the
 * first instance's database, with its session secret, and resolves once /api/health is 200.
 */
export async function startSecondInstance(): Promise<SecondInstance> {
  const dataDir = process.env.E2E_DATA_DIR;
  if (!dataDir) throw new Error("E2E_DATA_DIR is not set: run the browser tests with npx playwright test.");
  const databaseUrl = await firstInstanceDatabaseUrl(dataDir);
  const secret = readFileSync(path.join(dataDir, "auth-secret"), "utf8").trim();
  assertBuildCurrent(secret);
  const port = Number(process.env.E2E_SECOND_PORT) || (await findFreePort());
  // Otherwise whatever already answers there could pass for a healthy second instance.
  await assertPortFree(port);
  const baseURL = `http://localhost:${port}`;
  // Its own DATA_DIR, though with DATABASE_URL set it should write nothing there: the first's is never touched.
  const ownDataDir = mkdtempSync(path.join(os.tmpdir(), "ambitions-e2e-second-"));

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    DATABASE_URL: databaseUrl,
    NEXTAUTH_SECRET: secret,
    NEXTAUTH_URL: baseURL,
    DATA_DIR: ownDataDir,
    NEXT_TELEMETRY_DISABLED: "1",
  };
  delete env.AMBITIONS_EPHEMERAL_DATA;
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], { cwd: PROJECT_ROOT, env, stdio: ["ignore", "pipe", "pipe"] });
  let log = "";
  const keep = (chunk: Buffer) => {
    log = (log + chunk.toString()).slice(-20_000);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  // If the test worker goes away without afterAll, the instance must not outlive it.
  const killOnExit = () => child.kill("SIGKILL");
  process.once("exit", killOnExit);

  const stop = async () => {
    process.removeListener("exit", killOnExit);
    child.kill("SIGTERM");
    if (!(await waitForExit(child, STOP_TIMEOUT_MS))) {
      child.kill("SIGKILL");
      await waitForExit(child, 5_000);
    }
    rmSync(ownDataDir, { recursive: true, force: true });
  };
  try {
    await waitForHealth(baseURL, child, () => log);
  } catch (error) {
    await stop();
    throw error;
  }
  return { baseURL, stop };
}
