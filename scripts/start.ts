// `npm start`: everything a fresh clone needs to serve the app, in one process.
// 1. read and validate the configuration;   2. check the port is free;
// 3. connect to DATABASE_URL, or start the embedded PostgreSQL in DATA_DIR;
// 4. apply committed migrations;  5. seed reference data (idempotent);
// 6. build when the sources changed since the last build;  7. serve, and on Ctrl-C/SIGTERM
// close the web server and then PostgreSQL, so nothing is left running.
// The web server runs in this process (Next's custom server) rather than as a child, so a
// kill -9 of this process cannot leave a web server behind holding the port.
import { rmSync } from "node:fs";
import http from "node:http";
import next from "next";
import { env } from "../lib/env";
import { seedReferenceData } from "../lib/seed/seed-reference-data";
import { createPrismaClient } from "../lib/db/create-client";
import { connectDatabase, describeServer, type DatabaseHandle } from "./db/connect-database";
import { applyMigrations, PROJECT_ROOT } from "./db/migrations";
import { buildIfNeeded } from "./build-if-needed";
import { assertPortFree } from "./port";
import { runMain, say } from "./run-main";

const dev = process.argv.includes("--dev");

runMain(async (onShutdown) => {
  const config = env();
  await assertPortFree(config.PORT);

  // Browser tests start the app on a throw-away DATA_DIR and ask for it to be removed afterwards.
  if (process.env.AMBITIONS_EPHEMERAL_DATA === "1" && !config.DATABASE_URL) {
    onShutdown(() => rmSync(config.DATA_DIR, { recursive: true, force: true }));
  }
  const database: DatabaseHandle = await connectDatabase({ mode: "owner", log: say });
  onShutdown(() => database.stop());
  say(
    database.embedded
      ? `Using the embedded PostgreSQL server (data in ${config.DATA_DIR}/pg).`
      : `Using the PostgreSQL server at ${describeServer(database.databaseUrl)}.`,
  );

  const applied = await applyMigrations(database.databaseUrl);
  say(applied.length ? `Applied ${applied.length} migration(s): ${applied.join(", ")}.` : "Database schema is up to date.");

  const client = createPrismaClient(database.databaseUrl);
  try {
    await seedReferenceData(client);
  } finally {
    await client.$disconnect();
  }

  if (!dev) await buildIfNeeded(say);

  // Read by lib/env.ts inside the Next server bundles.
  process.env.DATABASE_URL = database.databaseUrl;
  const app = next({ dev, dir: PROJECT_ROOT, port: config.PORT, hostname: "localhost" });
  await app.prepare();
  const handle = app.getRequestHandler();
  const server = http.createServer((req, res) => void handle(req, res));
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
  say(`Ambitions self-assessment is running at http://localhost:${config.PORT}  (Ctrl-C to stop)`);
}, { longRunning: true });
