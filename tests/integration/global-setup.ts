// One embedded PostgreSQL cluster per integration run, in a temporary folder, with a fresh
// database that has every migration applied. Tests that need a database of their own (to stop
// it, or to migrate from empty) create one with tests/integration/support/database.ts.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { startEmbeddedServer } from "../../scripts/db/embedded-server";
import { applyMigrations } from "../../scripts/db/migrations";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
    adminUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "ambitions-it-"));
  const server = await startEmbeddedServer({ dataDir, mode: "owner" });
  await applyMigrations(server.databaseUrl);
  project.provide("databaseUrl", server.databaseUrl);
  project.provide("adminUrl", server.adminUrl);
  return async () => {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
}
