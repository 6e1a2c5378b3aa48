// npm run bench:xlsx:import: how long importing a fully filled workbook takes up to its preview
// (target under 1 s): every item rated, 2,000 characters of evidence and of gaps on each.
// 1. the library alone: inspecting the archive, reading the workbook and computing the changes
//    against an empty draft (inspectXlsxArchive + readReturnWorkbook + computeImportChanges);
// 2. through a production build served by npm start's own start-up path on port 3214
//    (BENCH_PORT) with a fresh embedded database, signed in as the demo programme manager:
//    POST /returns/{id}/import/upload (stores the preview) and GET of the preview page it
//    redirects to. `--library-only` skips the second part.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "@playwright/test";
import { DEFAULT_CATALOGUE_ID } from "../../lib/catalogue/builtin";
import { createPrismaClient } from "../../lib/db/create-client";
import { StartupError } from "../../lib/errors";
import { computeImportChanges } from "../../lib/imports/compute-import-changes";
import type { CurrentAnswer } from "../../lib/imports/load-import-state";
import { DEMO_PASSWORD, DEMO_USERS } from "../../lib/seed/demo-users";
import { buildReturnWorkbook } from "../../lib/xlsx/build-return-workbook";
import { inspectXlsxArchive } from "../../lib/xlsx/inspect-xlsx-archive";
import { readReturnWorkbook } from "../../lib/xlsx/read-return-workbook";
import { startEmbeddedServer } from "../../scripts/db/embedded-server";
import { runMain, say } from "../../scripts/run-main";
import { TEXT_LENGTH, filledReturn, summarise, time, waitForHealth } from "./filled-return";

const RUNS = 10;
const WARM_UP = 2;
const TARGET_MS = 1_000;
const PORT = Number(process.env.BENCH_PORT ?? 3214);
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

runMain(async () => {
  const { catalogueFile, catalogue, keys, answers } = filledReturn();
  const bytes = await buildReturnWorkbook({
    catalogue,
    header: { organisation: "Bench ICB", completedBy: "Bench", versionNote: "v1", completionDate: new Date(), signOff: "", livedExperience: "Two carers" },
    status: { status: "draft", startedAt: new Date(), submittedAt: null, submittedBy: null, signedOffAt: null, signedOffBy: null },
    answers,
  });
  // The draft it is compared with: nothing rated yet, so every item is a change.
  const empty = new Map<string, CurrentAnswer>(keys.map((key) => [key, { catalogueItemId: key, level: null, evidence: "", gaps: "", revision: 0, assigneeIds: [] }]));
  const state = { items: empty, details: { completedBy: "", versionNote: "", completionDate: null, livedExperience: "" } };
  const everything = { mayEditItem: () => true, mayEditDetails: true };
  const preview = async () => {
    inspectXlsxArchive(bytes, "bench.xlsx");
    const content = await readReturnWorkbook(bytes, "bench.xlsx", catalogueFile);
    const changes = computeImportChanges(content, state, everything);
    if (changes.items.length !== keys.length) throw new StartupError(`The preview found ${changes.items.length} changes, not ${keys.length}.`);
  };
  for (let run = 0; run < WARM_UP; run++) await preview();
  const library: number[] = [];
  for (let run = 0; run < RUNS; run++) library.push(await time(preview));
  say(`A fully filled workbook: ${keys.length} items, ${TEXT_LENGTH} characters of evidence and of gaps each; ${Math.round(bytes.length / 1024)} KiB.`);
  summarise("import validation + preview, library (inspect, read, compare)", library, TARGET_MS);
  if (process.argv.includes("--library-only")) return;

  const dataDir = mkdtempSync(join(tmpdir(), "ambitions-bench-import-"));
  say(`Starting the production build on port ${PORT} (building first if the sources changed)...`);
  const app = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], {
    env: { ...process.env, PORT: String(PORT), DATA_DIR: dataDir, DATABASE_URL: "", AMBITIONS_EPHEMERAL_DATA: "1", NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const server = { exited: false };
  app.on("exit", () => (server.exited = true));
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
  try {
    await waitForHealth(`http://localhost:${PORT}/api/health`, server);
    const manager = DEMO_USERS.find((user) => user.role === "programme_manager");
    if (!manager) throw new StartupError("No demo programme manager is seeded.");
    const database = await startEmbeddedServer({ dataDir, mode: "guest" });
    const db = createPrismaClient(database.databaseUrl);
    let returnId: string;
    try {
      const organisation = await db.organisation.findFirstOrThrow({ where: { memberships: { some: { user: { email: manager.email } } }, kind: "icb" } });
      returnId = (await db.assessmentReturn.create({ data: { organisationId: organisation.id, catalogueVersionId: DEFAULT_CATALOGUE_ID, title: "Bench: import", status: "draft" } })).id;
    } finally {
      await db.$disconnect();
      await database.stop();
    }

    const page = await browser.newPage({ baseURL: `http://localhost:${PORT}` });
    await page.goto("/sign-in");
    await page.getByLabel("Email address").fill(manager.email);
    await page.getByLabel("Password", { exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await page.getByRole("button", { name: "Sign out" }).waitFor();

    const parts = { upload: [] as number[], preview: [] as number[] };
    const upload = async () => {
      const started = process.hrtime.bigint();
      const response = await page.request.post(`/returns/${returnId}/import/upload`, {
        multipart: { file: { name: "bench.xlsx", mimeType: XLSX, buffer: bytes } },
        headers: { Origin: `http://localhost:${PORT}` },
        maxRedirects: 0,
      });
      const location = response.headers()["location"] ?? "";
      if (response.status() !== 303 || !location.includes("/import/")) throw new StartupError(`The upload answered ${response.status()} ${location}.`);
      const uploaded = process.hrtime.bigint();
      const shown = await page.request.get(location);
      if (shown.status() !== 200) throw new StartupError(`The preview answered ${shown.status()}.`);
      parts.upload.push(Number(uploaded - started) / 1e6);
      parts.preview.push(Number(process.hrtime.bigint() - uploaded) / 1e6);
    };
    for (let run = 0; run < WARM_UP; run++) await upload();
    const served: number[] = [];
    parts.upload.length = 0;
    parts.preview.length = 0;
    for (let run = 0; run < RUNS; run++) served.push(await time(upload));
    summarise("import validation + preview through the production build (POST upload, GET preview page)", served, TARGET_MS);
    summarise("  of which POST upload (inspect, read, store the preview)", parts.upload, TARGET_MS);
    summarise("  of which GET preview page (compare with the draft, render)", parts.preview, TARGET_MS);
  } finally {
    await browser.close();
    app.kill("SIGTERM");
    await new Promise((resolve) => (server.exited ? resolve(null) : app.once("exit", resolve)));
    rmSync(dataDir, { recursive: true, force: true });
  }
});
