// npm run bench:xlsx: how long exporting a fully filled return as the regional workbook takes
// (target under 300 ms): every item rated, 2,000 characters of evidence and of gaps on each.
// 1. the library alone (buildReturnWorkbook), after a warm-up;
// 2. the download, GET /returns/{id}/export.xlsx, from a production build served by npm start's
//    own start-up path on port 3213 (BENCH_PORT) with a fresh embedded database, signed in as
//    the demo contributor. `--library-only` skips the second part.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "@playwright/test";
import { DEFAULT_CATALOGUE_ID } from "../../lib/catalogue/builtin";
import { createPrismaClient } from "../../lib/db/create-client";
import { StartupError } from "../../lib/errors";
import { DEMO_PASSWORD, DEMO_USERS } from "../../lib/seed/demo-users";
import { buildReturnWorkbook } from "../../lib/xlsx/build-return-workbook";
import { startEmbeddedServer } from "../../scripts/db/embedded-server";
import { runMain, say } from "../../scripts/run-main";
import { TEXT_LENGTH, filledReturn, longText, summarise, time, waitForHealth } from "./filled-return";

const RUNS = 20;
const WARM_UP = 3;
const TARGET_MS = 300;
const PORT = Number(process.env.BENCH_PORT ?? 3213);

runMain(async () => {
  const { catalogue, keys, answers } = filledReturn();
  const input = {
    catalogue,
    header: { organisation: "Bench ICB", completedBy: "Bench", versionNote: "v1", completionDate: new Date(), signOff: "", livedExperience: longText("Lived experience") },
    status: { status: "draft" as const, startedAt: new Date(), submittedAt: null, submittedBy: null, signedOffAt: null, signedOffBy: null },
    answers,
  };
  let bytes = 0;
  for (let run = 0; run < WARM_UP; run++) await buildReturnWorkbook(input);
  const library: number[] = [];
  for (let run = 0; run < RUNS; run++) library.push(await time(async () => (bytes = (await buildReturnWorkbook(input)).length)));
  say(`A fully filled return: ${keys.length} items, ${TEXT_LENGTH} characters of evidence and of gaps each; workbook ${Math.round(bytes / 1024)} KiB.`);
  summarise("export, library (buildReturnWorkbook)", library, TARGET_MS);
  if (process.argv.includes("--library-only")) return;

  const dataDir = mkdtempSync(join(tmpdir(), "ambitions-bench-xlsx-"));
  say(`Starting the production build on port ${PORT} (building first if the sources changed)...`);
  const app = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], {
    env: { ...process.env, PORT: String(PORT), DATA_DIR: dataDir, DATABASE_URL: "", AMBITIONS_EPHEMERAL_DATA: "1", NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const state = { exited: false };
  app.on("exit", () => (state.exited = true));
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
  try {
    await waitForHealth(`http://localhost:${PORT}/api/health`, state);
    const contributor = DEMO_USERS.find((user) => user.role === "contributor");
    if (!contributor) throw new StartupError("No demo contributor is seeded.");

    const server = await startEmbeddedServer({ dataDir, mode: "guest" });
    const db = createPrismaClient(server.databaseUrl);
    let returnId: string;
    try {
      const organisation = await db.organisation.findFirstOrThrow({ where: { memberships: { some: { user: { email: contributor.email } } }, kind: "icb" } });
      const items = await db.catalogueItem.findMany({ where: { catalogueVersionId: DEFAULT_CATALOGUE_ID, kind: "item" }, select: { id: true, key: true } });
      const created = await db.assessmentReturn.create({
        data: {
          organisationId: organisation.id,
          catalogueVersionId: DEFAULT_CATALOGUE_ID,
          title: "Bench: fully filled",
          status: "draft",
          answers: { create: items.map((item) => ({ catalogueItemId: item.id, ...answers.get(item.key)! })) },
        },
      });
      returnId = created.id;
    } finally {
      await db.$disconnect();
      await server.stop();
    }

    const page = await browser.newPage({ baseURL: `http://localhost:${PORT}` });
    await page.goto("/sign-in");
    await page.getByLabel("Email address").fill(contributor.email);
    await page.getByLabel("Password", { exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await page.getByRole("button", { name: "Sign out" }).waitFor();

    const download = async () => {
      const response = await page.request.get(`/returns/${returnId}/export.xlsx`);
      if (response.status() !== 200) throw new StartupError(`The download answered ${response.status()}.`);
      return response.body();
    };
    for (let run = 0; run < WARM_UP; run++) await download();
    const served: number[] = [];
    for (let run = 0; run < RUNS; run++) served.push(await time(download));
    summarise(`export, download through the production build (GET /returns/{id}/export.xlsx)`, served, TARGET_MS);
  } finally {
    await browser.close();
    app.kill("SIGTERM");
    await new Promise((resolve) => (state.exited ? resolve(null) : app.once("exit", resolve)));
    rmSync(dataDir, { recursive: true, force: true });
  }
});
