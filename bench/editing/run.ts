// npm run bench:editing: what a save costs on a production build. Starts the app the way
// playwright.config.ts does (scripts/start.ts, building only if the sources changed, on a fresh
// embedded PostgreSQL in a temporary DATA_DIR), signs in 20 editors (sessions made through the
// lib functions, cookies as next-auth makes them), and drives POST /api/returns/[id]/answers:
//   (a) 20 editors each autosaving every 2 s for 60 s (BENCH_EDITING_SECONDS shortens it);
//   (b) 20 editors saving back to back (BENCH_EDITING_BURST_SECONDS, 20 s by default).
// Prints the app's CPU per save (the server process's utime + stime from /proc, PostgreSQL's
// own processes left out), saves per second on this one process, and p50/p95/max latency; then
// checks that every acknowledged save is stored as the version it was acknowledged as (0 lost)
// and that no request failed. Targets: <= 10 ms CPU per save, p95 < 100 ms (a), < 300 ms (b).
import { spawn, execSync, type ChildProcess } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { encode } from "next-auth/jwt";
import { startUserSession } from "../../lib/auth/start-user-session";
import { SESSION_COOKIE_MAX_AGE_SECONDS } from "../../lib/auth/session-cookie";
import { createPrismaClient, type Db } from "../../lib/db/create-client";
import { referenceKey } from "../../lib/organisations/reference-key";
import { StartupError } from "../../lib/errors";
import { PROJECT_ROOT } from "../../scripts/db/migrations";
import { startEmbeddedServer } from "../../scripts/db/embedded-server";
import { runMain, say } from "../../scripts/run-main";

const PORT = Number(process.env.BENCH_EDITING_PORT ?? 3211);
const BASE = `http://localhost:${PORT}`;
const EDITORS = 20;
const INTERVAL_MS = 2_000;
const SECONDS = Number(process.env.BENCH_EDITING_SECONDS ?? 60);
const BURST_SECONDS = Number(process.env.BENCH_EDITING_BURST_SECONDS ?? Math.min(20, SECONDS));
// A fixed secret: the build bakes in a key derived from it, so a fixed one lets later runs reuse
// the build instead of building again for each fresh DATA_DIR.
const SECRET = "bench-editing-secret-bench-editing-secret-0001";
const TARGETS = { cpuMs: 10, p95a: 100, p95b: 300 };
const BNSSG = "Bristol, North Somerset and South Gloucestershire";

type Editor = { id: string; cookie: string; items: string[] };
type Ack = { itemKey: string; revision: number; level: number | null; evidence: string };
type Phase = { name: string; latencies: number[]; acks: Ack[]; errors: string[]; cpuMs: number; wallMs: number };

const CLOCK_TICKS = Number(execSync("getconf CLK_TCK").toString().trim()) || 100;

/** utime + stime, in ms, of `root` and every process under it except PostgreSQL's. */
function appCpuMs(root: number): number {
  const stats = new Map<number, { ppid: number; comm: string; ticks: number }>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const text = readFileSync(`/proc/${entry}/stat`, "utf8");
      const comm = text.slice(text.indexOf("(") + 1, text.lastIndexOf(")"));
      const rest = text.slice(text.lastIndexOf(")") + 2).split(" ");
      stats.set(Number(entry), { ppid: Number(rest[1]), comm, ticks: Number(rest[11]) + Number(rest[12]) });
    } catch {
      // Gone between the listing and the read.
    }
  }
  const inTree = (pid: number): boolean => {
    for (let current = pid, depth = 0; current > 1 && depth < 50; depth++) {
      if (current === root) return true;
      current = stats.get(current)?.ppid ?? 0;
    }
    return false;
  };
  let ticks = 0;
  for (const [pid, stat] of stats) if (inTree(pid) && stat.comm !== "postgres") ticks += stat.ticks;
  return (ticks * 1000) / CLOCK_TICKS;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function waitForHealth(server: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 20 * 60_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new StartupError(`The app exited before it was healthy:\n${output().slice(-3000)}`);
    try {
      if ((await fetch(`${BASE}/api/health`, { signal: AbortSignal.timeout(5_000) })).status === 200) return;
    } catch {
      // Not listening yet (building, migrating).
    }
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
  throw new StartupError("The app was not healthy within 20 minutes.");
}

async function setUp(db: Db): Promise<{ returnId: string; editors: Editor[]; warmUpKey: string }> {
  const icb = await db.organisation.findUniqueOrThrow({ where: { referenceKey: referenceKey("icb", BNSSG) } });
  const items = await db.catalogueItem.findMany({ where: { catalogueVersionId: "regional-2021", kind: "item" }, orderBy: { position: "asc" }, select: { key: true } });
  if (items.length < EDITORS * 2 + 1) throw new StartupError(`The catalogue has ${items.length} items; the bench needs ${EDITORS * 2 + 1}.`);
  const draft = await db.assessmentReturn.create({ data: { organisationId: icb.id, catalogueVersionId: "regional-2021", title: `Bench ${Date.now()}` }, select: { id: true } });
  const editors: Editor[] = [];
  for (let i = 0; i < EDITORS; i++) {
    const user = await db.user.create({
      data: { email: `bench.editor.${i}.${Date.now()}@example.nhs.uk`, name: `Bench editor ${i}`, memberships: { create: { organisationId: icb.id, role: "contributor" } } },
      select: { id: true },
    });
    const sessionId = await startUserSession(db, { userId: user.id, ip: "127.0.0.1", now: new Date() });
    const token = await encode({ token: { sessionId }, secret: SECRET, maxAge: SESSION_COOKIE_MAX_AGE_SECONDS });
    // Each editor works on items of their own: (a) one of the first 20, (b) one of the next 20.
    editors.push({ id: user.id, cookie: `ambitions.session=${token}`, items: [items[i]!.key, items[EDITORS + i]!.key] });
  }
  // The warm-up saves an item nobody else saves, so the measured editors start from revision 0.
  return { returnId: draft.id, editors, warmUpKey: items[EDITORS * 2]!.key };
}

/** One editor's item: its text grows with each save, as someone typing; the level moves too. */
function typist(editor: Editor, itemKey: string, returnId: string, phase: Phase) {
  let revision = 0;
  let words = 0;
  return async () => {
    words += 1;
    const body = { itemKey, level: words % 6, evidence: `Evidence typed by ${editor.id}: ${Array.from({ length: words }, (_, n) => `word${n}`).join(" ")}`, gaps: "Gaps", expectedRevision: revision };
    const started = performance.now();
    try {
      const response = await fetch(`${BASE}/api/returns/${returnId}/answers`, {
        method: "POST",
        headers: { "Content-Type": "application/json", Cookie: editor.cookie, Origin: BASE },
        body: JSON.stringify(body),
      });
      const answer = (await response.json()) as { status: string; revision?: number; changed?: boolean };
      phase.latencies.push(performance.now() - started);
      if (response.status !== 200 || answer.status !== "saved" || !answer.changed || answer.revision === undefined) {
        phase.errors.push(`${response.status} ${JSON.stringify(answer).slice(0, 200)}`);
        return;
      }
      revision = answer.revision;
      phase.acks.push({ itemKey, revision, level: body.level, evidence: body.evidence });
    } catch (error) {
      phase.latencies.push(performance.now() - started);
      phase.errors.push(String(error));
    }
  };
}

async function runPhase(name: string, server: number, run: (phase: Phase) => Promise<void>): Promise<Phase> {
  const phase: Phase = { name, latencies: [], acks: [], errors: [], cpuMs: 0, wallMs: 0 };
  const cpuBefore = appCpuMs(server);
  const started = performance.now();
  await run(phase);
  phase.wallMs = performance.now() - started;
  phase.cpuMs = appCpuMs(server) - cpuBefore;
  return phase;
}

/** (a): every editor saves every 2 s (never two of their own at once), spread over the first 2 s. */
function autosaving(editors: Editor[], returnId: string, seconds: number) {
  return async (phase: Phase) => {
    const end = performance.now() + seconds * 1000;
    await Promise.all(
      editors.map(async (editor, index) => {
        const save = typist(editor, editor.items[0]!, returnId, phase);
        let next = performance.now() + (index * INTERVAL_MS) / editors.length;
        while (next < end) {
          await new Promise((resolve) => setTimeout(resolve, Math.max(0, next - performance.now())));
          await save();
          next += INTERVAL_MS;
        }
      }),
    );
  };
}

/** (b): every editor saves again as soon as the last save is answered. */
function backToBack(editors: Editor[], returnId: string, seconds: number) {
  return async (phase: Phase) => {
    const end = performance.now() + seconds * 1000;
    await Promise.all(
      editors.map(async (editor) => {
        const save = typist(editor, editor.items[1]!, returnId, phase);
        while (performance.now() < end) await save();
      }),
    );
  };
}

/** Every acknowledged save is stored as the version it was acknowledged as; the answer is the last one. */
async function countLost(db: Db, returnId: string, acks: Ack[]): Promise<number> {
  const rows = await db.returnAnswerRevision.findMany({ where: { returnId }, select: { revision: true, level: true, evidence: true, catalogueItem: { select: { key: true } } } });
  const stored = new Map(rows.map((row) => [`${row.catalogueItem.key}#${row.revision}`, row]));
  let lost = acks.filter((ack) => {
    const row = stored.get(`${ack.itemKey}#${ack.revision}`);
    return !row || row.level !== ack.level || row.evidence !== ack.evidence;
  }).length;
  const answers = await db.returnAnswer.findMany({ where: { returnId }, select: { revision: true, evidence: true, catalogueItem: { select: { key: true } } } });
  const last = new Map<string, Ack>();
  for (const ack of acks) if ((last.get(ack.itemKey)?.revision ?? 0) < ack.revision) last.set(ack.itemKey, ack);
  for (const [itemKey, ack] of last) {
    const answer = answers.find((row) => row.catalogueItem.key === itemKey);
    if (!answer || answer.revision !== ack.revision || answer.evidence !== ack.evidence) lost += 1;
  }
  return lost;
}

function report(phase: Phase, target: number): string[] {
  const sorted = [...phase.latencies].sort((a, b) => a - b);
  const saves = phase.acks.length;
  const cpuPerSave = saves ? phase.cpuMs / saves : NaN;
  const ok = (value: number, limit: number) => (value <= limit ? "ok" : "OVER TARGET");
  return [
    `${phase.name}`,
    `  saves acknowledged     ${saves} in ${(phase.wallMs / 1000).toFixed(1)} s (${(saves / (phase.wallMs / 1000)).toFixed(1)} saves/s), errors ${phase.errors.length}`,
    `  app CPU per save       ${cpuPerSave.toFixed(2)} ms (target <= ${TARGETS.cpuMs} ms: ${ok(cpuPerSave, TARGETS.cpuMs)})`,
    `  latency p50/p95/max    ${percentile(sorted, 50).toFixed(1)} / ${percentile(sorted, 95).toFixed(1)} / ${(sorted.at(-1) ?? NaN).toFixed(1)} ms (p95 target < ${target} ms: ${ok(percentile(sorted, 95), target - 0.001)})`,
  ];
}

runMain(async (onShutdown) => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "ambitions-bench-editing-"));
  say(`Starting the app on port ${PORT} (DATA_DIR ${dataDir}; builds first if the sources changed)...`);
  let output = "";
  const server = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, PORT: String(PORT), DATA_DIR: dataDir, DATABASE_URL: "", NEXTAUTH_SECRET: SECRET, AMBITIONS_EPHEMERAL_DATA: "1", NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  server.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  server.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  onShutdown(async () => {
    if (server.exitCode !== null) return;
    server.kill("SIGTERM");
    await new Promise((resolve) => {
      const timer = setTimeout(() => {
        server.kill("SIGKILL");
        resolve(undefined);
      }, 20_000);
      server.once("exit", () => {
        clearTimeout(timer);
        resolve(undefined);
      });
    });
  });
  await waitForHealth(server, () => output);
  const pid = server.pid!;

  const database = await startEmbeddedServer({ dataDir, mode: "guest" });
  const db = createPrismaClient(database.databaseUrl);
  onShutdown(async () => {
    await db.$disconnect();
    await database.stop();
  });
  const { returnId, editors, warmUpKey } = await setUp(db);
  say(`${EDITORS} editors signed in on return ${returnId}.`);

  // Warm-up: the first requests compile the route's code paths; not measured.
  const warmUp: Phase = { name: "warm-up", latencies: [], acks: [], errors: [], cpuMs: 0, wallMs: 0 };
  const warmEditor = editors[0]!;
  const warm = typist(warmEditor, warmUpKey, returnId, warmUp);
  for (let i = 0; i < 50; i++) await warm();
  if (warmUp.errors.length > 0) throw new StartupError(`The warm-up saves failed: ${warmUp.errors[0]}`);

  const a = await runPhase(`(a) ${EDITORS} editors autosaving every ${INTERVAL_MS / 1000} s for ${SECONDS} s`, pid, autosaving(editors, returnId, SECONDS));
  const b = await runPhase(`(b) ${EDITORS} editors saving back to back for ${BURST_SECONDS} s`, pid, backToBack(editors, returnId, BURST_SECONDS));
  const lost = await countLost(db, returnId, [...warmUp.acks, ...a.acks, ...b.acks]);
  const errors = a.errors.length + b.errors.length;

  const load = os.loadavg().map((value) => value.toFixed(2)).join(" ");
  const lines = [
    "",
    `bench:editing on a production build, one app process (pid ${pid}), ${os.cpus().length} cores, load average ${load}`,
    ...report(a, TARGETS.p95a),
    ...report(b, TARGETS.p95b),
    `saves per second on one process (b): ${(b.acks.length / (b.wallMs / 1000)).toFixed(1)}`,
    `app CPU per save over (a) and (b): ${((a.cpuMs + b.cpuMs) / (a.acks.length + b.acks.length)).toFixed(2)} ms`,
    `lost writes: ${lost}; errors: ${errors}${errors ? ` (first: ${[...a.errors, ...b.errors][0]})` : ""}`,
  ];
  for (const line of lines) say(line);
  if (lost > 0 || errors > 0) throw new StartupError(`bench:editing: ${lost} lost writes and ${errors} errors; there must be none.`);
});
