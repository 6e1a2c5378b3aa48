// The production app (scripts/start.ts, as npm start runs it) on a PostgreSQL server of the
// test's own, which it stops, kills and pauses while the app runs: every page, action and the
// health check answer 503 within the configured time limits, and everything answers 200 again
// once the server is back, without restarting the app.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createPrismaClient } from "../../lib/db/create-client";
import { isAlive, startEmbeddedServer, type EmbeddedServer, findFreePort } from "../../scripts/db/embedded-server";
import { PROJECT_ROOT } from "../../scripts/db/migrations";
import { createTestUser, seedBnssg, TEST_PASSWORD } from "./support/auth-fixtures";

// A free port unless one is asked for, so the test never collides with an app already running.
let appPort = Number(process.env.OUTAGE_TEST_PORT ?? 0);
let BASE = "";
const STATEMENT_TIMEOUT_MS = 2_000;
const CONNECT_TIMEOUT_MS = 2_000;
// pg's own client-side limit is the statement timeout plus a second; anything within this
// generous bound shows the request did not hang.
const OUTAGE_ANSWER_LIMIT_MS = 8_000;
const UNAVAILABLE_HEADING = "Sorry, the service is unavailable";

type Answer = { status: number; ms: number; text: string; headers: Headers };

async function request(pathname: string, init: RequestInit = {}): Promise<Answer> {
  const started = Date.now();
  const response = await fetch(`${BASE}${pathname}`, { redirect: "manual", signal: AbortSignal.timeout(30_000), ...init });
  const text = await response.text();
  return { status: response.status, ms: Date.now() - started, text, headers: response.headers };
}

function decodeHtml(value: string): string {
  return value
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

/** The fields of the page's form holding `fieldName`, Next's hidden action fields included. */
function formFields(html: string, fieldName: string): FormData {
  const form = [...html.matchAll(/<form[\s\S]*?<\/form>/g)].map((m) => m[0]).find((f) => f.includes(`name="${fieldName}"`));
  if (!form) throw new Error(`no form with a ${fieldName} field in:\n${html.slice(0, 2000)}`);
  const data = new FormData();
  for (const [input] of form.matchAll(/<input\b[^>]*>/g)) {
    const name = /\bname="([^"]*)"/.exec(input)?.[1];
    if (!name) continue;
    data.append(decodeHtml(name), decodeHtml(/\bvalue="([^"]*)"/.exec(input)?.[1] ?? ""));
  }
  return data;
}

/** The id of the server action a form posts to (React writes it into a hidden field). */
function actionId(form: FormData): string {
  for (const [name, value] of form) {
    if (/^\$ACTION_\d+:0$/.test(name)) return (JSON.parse(String(value)) as { id: string }).id;
  }
  throw new Error("no server action in the form");
}

/** The request React makes when a form's action is called from JavaScript. */
function jsActionCall(id: string, fields: Record<string, string>): RequestInit {
  const body = new FormData();
  body.append("0", JSON.stringify(["$undefined", "$K1"]));
  for (const [name, value] of Object.entries(fields)) body.append(`1_${name}`, value);
  return { method: "POST", headers: { origin: BASE, "next-action": id, accept: "text/x-component" }, body };
}

function withValues(base: FormData, values: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of base) if (!(name in values)) data.append(name, value);
  for (const [name, value] of Object.entries(values)) data.append(name, value);
  return data;
}

async function eventually(check: () => Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check().catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${what} did not happen within ${timeoutMs / 1000} s`);
}

/** The postmaster and every process it started (the backends the pool is connected to). */
function postgresProcesses(postmaster: number): number[] {
  const children = readdirSync("/proc")
    .filter((entry) => /^\d+$/.test(entry))
    .map(Number)
    .filter((pid) => {
      try {
        const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
        return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]) === postmaster;
      } catch {
        return false;
      }
    });
  return [postmaster, ...children];
}

describe("the app while its database is stopped, killed or paused", () => {
  const pgDir = mkdtempSync(path.join(os.tmpdir(), "ambitions-outage-pg-"));
  const appDir = mkdtempSync(path.join(os.tmpdir(), "ambitions-outage-app-"));
  let pgPort: number;
  let server: EmbeddedServer;
  let app: ChildProcess | undefined;
  let appLog = "";
  let cookie = "";
  let icbId = "";
  let paused: number[] = [];

  const postmasterPid = () => Number(readFileSync(path.join(pgDir, "pg", "postmaster.pid"), "utf8").split("\n")[0]);
  const startDatabase = async () => {
    server = await startEmbeddedServer({ dataDir: pgDir, mode: "owner", port: pgPort });
  };
  const signedIn = (init: RequestInit = {}): RequestInit => ({ ...init, headers: { ...(init.headers as Record<string, string>), cookie } });
  const expectUnavailablePage = (answer: Answer) => {
    expect(answer.status, answer.text.slice(0, 500)).toBe(503);
    expect(answer.text).toContain(UNAVAILABLE_HEADING);
    expect(answer.headers.get("retry-after")).toMatch(/^\d+$/);
    expect(answer.headers.get("content-security-policy")).toContain("default-src 'self'");
    expect(answer.ms).toBeLessThan(OUTAGE_ANSWER_LIMIT_MS);
  };
  const expectRecovered = async () => {
    await eventually(async () => (await request("/", signedIn())).status === 200, 20_000, "the home page answering 200 again");
    expect((await request("/api/health")).status).toBe(200);
    expect((await request("/returns/new", signedIn())).status).toBe(200);
  };

  // Each test starts from a running server, whatever the one before it left.
  beforeEach(async () => {
    for (const pid of paused) process.kill(pid, "SIGCONT");
    paused = [];
    const pidFile = path.join(pgDir, "pg", "postmaster.pid");
    if (!existsSync(pidFile) || !isAlive(postmasterPid())) await startDatabase();
    await eventually(async () => (await request("/", signedIn())).status === 200, 20_000, "the home page answering 200");
  }, 60_000);

  beforeAll(async () => {
    appPort ||= await findFreePort();
    BASE = `http://localhost:${appPort}`;
    pgPort = await findFreePort();
    await startDatabase();
    app = spawn(process.execPath, ["--import", "tsx", path.join(PROJECT_ROOT, "scripts/start.ts")], {
      cwd: PROJECT_ROOT,
      env: {
        ...process.env,
        DATABASE_URL: server.databaseUrl,
        NEXTAUTH_SECRET: "a-session-secret-for-the-outage-test-only",
        NEXTAUTH_URL: BASE,
        PORT: String(appPort),
        DATA_DIR: appDir,
        DB_STATEMENT_TIMEOUT_MS: String(STATEMENT_TIMEOUT_MS),
        DB_CONNECT_TIMEOUT_MS: String(CONNECT_TIMEOUT_MS),
        NODE_ENV: "production",
        NEXT_TELEMETRY_DISABLED: "1",
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    app.stdout?.on("data", (chunk) => (appLog += chunk));
    app.stderr?.on("data", (chunk) => (appLog += chunk));
    await new Promise<void>((resolve, reject) => {
      const timer = setInterval(() => {
        if (appLog.includes("is running at")) {
          clearInterval(timer);
          resolve();
        }
      }, 200);
      app?.once("exit", (code) => {
        clearInterval(timer);
        reject(new Error(`the app exited (${code}) before serving:\n${appLog}`));
      });
    });

    const client = createPrismaClient(server.databaseUrl);
    try {
      ({ icbId } = await seedBnssg(client));
      await createTestUser(client, { email: "outage.manager@example.nhs.uk", role: "programme_manager", organisationId: icbId });
    } finally {
      await client.$disconnect();
    }
    const signInPage = await request("/sign-in");
    const signIn = await request("/sign-in", {
      method: "POST",
      headers: { origin: BASE },
      body: withValues(formFields(signInPage.text, "email"), { email: "outage.manager@example.nhs.uk", password: TEST_PASSWORD }),
    });
    expect(signIn.status, signIn.text.slice(0, 500)).toBe(303);
    cookie = (signIn.headers.getSetCookie() ?? []).map((line) => line.split(";")[0]).join("; ");
    expect(cookie).not.toBe("");
  }, 600_000);

  afterAll(async () => {
    for (const pid of paused) {
      try {
        process.kill(pid, "SIGCONT");
      } catch {
        // already gone
      }
    }
    if (app && app.exitCode === null) {
      const exited = new Promise((resolve) => app?.once("exit", resolve));
      app.kill("SIGTERM");
      await exited;
    }
    await server?.stop();
    rmSync(pgDir, { recursive: true, force: true });
    rmSync(appDir, { recursive: true, force: true });
  }, 60_000);

  it("stopped: pages, actions and the health check answer 503 at once, sign-in says so, and all recover", async () => {
    const home = await request("/", signedIn());
    expect(home.status).toBe(200);
    const newReturn = await request("/returns/new", signedIn());
    expect(newReturn.status).toBe(200);
    const createForm = withValues(formFields(newReturn.text, "title"), { organisationId: icbId, title: "Outage test return" });
    const signInForm = withValues(formFields((await request("/sign-in")).text, "email"), {
      email: "someone@example.nhs.uk",
      password: "a password long enough",
    });

    await server.stop();

    expectUnavailablePage(await request("/", signedIn()));
    expectUnavailablePage(await request("/returns/new", signedIn()));
    // The form posted without JavaScript runs the server action, which finds no database.
    expectUnavailablePage(await request("/returns/new", signedIn({ method: "POST", headers: { origin: BASE }, body: createForm })));
    // The same action called from JavaScript gets the status too (React shows its error then).
    const jsCall = await request(
      "/returns/new",
      signedIn(jsActionCall(actionId(createForm), { organisationId: icbId, title: "Outage test return" })),
    );
    expect(jsCall.status).toBe(503);
    expect(jsCall.ms).toBeLessThan(OUTAGE_ANSWER_LIMIT_MS);

    const health = await request("/api/health");
    expect(health.status).toBe(503);
    expect(health.ms).toBeLessThan(OUTAGE_ANSWER_LIMIT_MS);
    expect(JSON.parse(health.text)).toMatchObject({ status: "unavailable", database: "down" });
    expect(JSON.parse(health.text).reason).toMatch(/^database unreachable: /);

    const signIn = await request("/sign-in", { method: "POST", headers: { origin: BASE }, body: signInForm });
    expect(signIn.status).toBe(200);
    expect(signIn.text).toContain("The service is unavailable. Try again in a few minutes.");

    await startDatabase();
    await expectRecovered();
  });

  it("killed (SIGKILL): 503 at once, and all recover when the server is back", async () => {
    const pid = postmasterPid();
    process.kill(pid, "SIGKILL");
    await eventually(async () => !isAlive(pid), 10_000, "the postmaster exiting");

    expectUnavailablePage(await request("/", signedIn()));
    expect((await request("/api/health")).status).toBe(503);

    // Backends notice their postmaster's death on their own; a new server waits for them.
    await eventually(async () => postgresProcesses(pid).length === 1, 15_000, "the killed server's backends exiting");
    const current = existsSync(path.join(pgDir, "pg", "postmaster.pid")) ? postmasterPid() : 0;
    if (!current || current === pid || !isAlive(current)) await startDatabase();
    await expectRecovered();
  });

  it("paused (SIGSTOP): a page answers 503 within the time limits, and all recover after SIGCONT", async () => {
    expect((await request("/", signedIn())).status).toBe(200);
    const newReturn = await request("/returns/new", signedIn());
    const createForm = withValues(formFields(newReturn.text, "title"), { organisationId: icbId, title: "Outage test return" });
    paused = postgresProcesses(postmasterPid());
    for (const pid of paused) process.kill(pid, "SIGSTOP");

    const first = await request("/", signedIn());
    expectUnavailablePage(first);
    // It waited for a limit, not for ever, and not less than the shortest one.
    expect(first.ms).toBeGreaterThanOrEqual(Math.min(STATEMENT_TIMEOUT_MS, CONNECT_TIMEOUT_MS) - 500);

    const health = await request("/api/health");
    expect(health.status).toBe(503);
    expect(health.ms).toBeLessThan(OUTAGE_ANSWER_LIMIT_MS);
    expect(JSON.parse(health.text).reason).toMatch(/^database not responding within \d+(\.\d+)? s$/);

    const action = await request("/returns/new", signedIn({ method: "POST", headers: { origin: BASE }, body: createForm }));
    expect(action.status).toBe(503);
    expect(action.ms).toBeLessThan(OUTAGE_ANSWER_LIMIT_MS);

    for (const pid of [...paused].reverse()) process.kill(pid, "SIGCONT");
    paused = [];
    await expectRecovered();
  });
});
