// `npm start`: everything a fresh clone needs to serve the app, in one process.
// 1. read and validate the configuration;   2. check the port is free;
// 3. find the session secret (made once in DATA_DIR on the embedded default);
// 4. connect to DATABASE_URL, or start the embedded PostgreSQL in DATA_DIR;
// 5. apply committed migrations;  6. seed reference data (idempotent), and the demo users on
// the embedded default or with --demo;
// 7. build when the sources changed since the last build;  8. serve, and on Ctrl-C/SIGTERM
// close the web server and then PostgreSQL, so nothing is left running.
// The web server runs in this process (Next's custom server) rather than as a child, so a
// kill -9 of this process cannot leave a web server behind holding the port.
import { rmSync } from "node:fs";
import http from "node:http";
import next from "next";
import { ROLE_LABELS } from "../lib/policy/roles";
import { env } from "../lib/env";
import { DEMO_PASSWORD, DEMO_USERS } from "../lib/seed/demo-users";
import { seedDemoReturns } from "../lib/seed/seed-demo-returns";
import { seedDemoUsers } from "../lib/seed/seed-demo-users";
import { purgeExpiredRows } from "../lib/db/purge-expired-rows";
import { seedReferenceData } from "../lib/seed/seed-reference-data";
import { createPrismaClient } from "../lib/db/create-client";
import { answerKnownOutage, replaceOutageErrors } from "../lib/health/service-unavailable-response";
import { resolveAuthSecret } from "./auth-secret";
import { connectDatabase, describeServer, type DatabaseHandle } from "./db/connect-database";
import { applyMigrations, PROJECT_ROOT } from "./db/migrations";
import { buildIfNeeded } from "./build-if-needed";
import { assertPortFree } from "./port";
import { runMain, say } from "./run-main";

const dev = process.argv.includes("--dev");
const demoRequested = process.argv.includes("--demo");

function printDemoUsers(): void {
  say(`Demo users (password for each: ${DEMO_PASSWORD}):`);
  for (const user of DEMO_USERS) {
    say(`  ${ROLE_LABELS[user.role].padEnd(18)} ${user.email.padEnd(42)} ${user.organisation.name}`);
  }
}

// NHS deployments send nothing to third parties, and this network is closed anyway.
process.env.NEXT_TELEMETRY_DISABLED ??= "1";

runMain(async (onShutdown) => {
  const config = env();
  await assertPortFree(config.PORT);

  // Read by lib/env.ts inside the Next server bundles, like DATABASE_URL below.
  process.env.NEXTAUTH_SECRET = resolveAuthSecret({
    secret: config.NEXTAUTH_SECRET,
    databaseUrl: config.DATABASE_URL,
    dataDir: config.DATA_DIR,
  });
  process.env.NEXTAUTH_URL = config.NEXTAUTH_URL ?? `http://localhost:${config.PORT}`;

  // Browser tests start the app on a throw-away DATA_DIR and ask for it to be removed afterwards.
  if (process.env.AMBITIONS_EPHEMERAL_DATA === "1" && !config.DATABASE_URL) {
    onShutdown(() => rmSync(config.DATA_DIR, { recursive: true, force: true }));
  }
  const database: DatabaseHandle = await connectDatabase({ mode: "owner", log: say });
  onShutdown(() => database.stop());
  say(
    database.embedded
      ? `Using the embedded PostgreSQL server (data in ${database.clusterDir}).`
      : `Using the PostgreSQL server at ${describeServer(database.databaseUrl)}.`,
  );

  const applied = await applyMigrations(database.databaseUrl);
  say(applied.length ? `Applied ${applied.length} migration(s): ${applied.join(", ")}.` : "Database schema is up to date.");

  // Demo users have a published password, so never on a real database unless asked for.
  const demo = database.embedded || demoRequested;
  const client = createPrismaClient(database.databaseUrl);
  try {
    await seedReferenceData(client);
    if (demo) {
      await seedDemoUsers(client);
      await seedDemoReturns(client);
    }
    await purgeExpiredRows(client, new Date());
  } finally {
    await client.$disconnect();
  }

  if (!dev) await buildIfNeeded(say);

  // Read by lib/env.ts inside the Next server bundles.
  process.env.DATABASE_URL = database.databaseUrl;
  const app = next({ dev, dir: PROJECT_ROOT, port: config.PORT, hostname: "localhost" });
  await app.prepare();
  const handle = app.getRequestHandler();
  const server = http.createServer((req, res) => {
    // With no trusted proxy, X-Forwarded-For can only be the client's own words: without it,
    // Next writes the socket's address there, which proxy.ts reads as the client address
    // (lib/security/trusted-request-headers.ts).
    if (config.TRUST_PROXY === 0) delete req.headers["x-forwarded-for"];
    // While the database is unavailable every page, action and route handler answers 503 with
    // a page saying so, not Next's 500 (see lib/health/service-unavailable-response.ts).
    if (answerKnownOutage(req, res)) return;
    replaceOutageErrors(req, res);
    void handle(req, res);
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(config.PORT, () => resolve());
  });
  onShutdown(async () => {
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
    await app.close?.();
  });
  if (demo) printDemoUsers();
  say(`Ambitions self-assessment is running at http://localhost:${config.PORT}  (Ctrl-C to stop)`);
}, { longRunning: true });
