import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { applyMigrations, listMigrations } from "../../scripts/db/migrations";
import { createDatabase } from "./support/database";

async function tables(url: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const result = await client.query<{ table_name: string }>(
      "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name",
    );
    return result.rows.map((row) => row.table_name);
  } finally {
    await client.end();
  }
}

describe("applyMigrations", () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const cleanup of cleanups) await cleanup();
  });

  it("applies every committed migration to an empty database, and the second time applies nothing", async () => {
    const database = await createDatabase({ migrate: false });
    cleanups.push(database.drop);
    const committed = listMigrations().map((m) => m.name);
    expect(committed.length).toBeGreaterThan(0);

    expect(await applyMigrations(database.url)).toEqual(committed);
    const after = await tables(database.url);
    expect(after).toEqual(expect.arrayContaining(["_prisma_migrations", "catalogue_version", "ambition"]));

    expect(await applyMigrations(database.url)).toEqual([]);
    expect(await tables(database.url)).toEqual(after);
  });

  it("keeps a snapshot of the schema with every migration, and the latest matches schema.prisma", async () => {
    const { readFileSync } = await import("node:fs");
    const { SCHEMA_PATH } = await import("../../scripts/db/migrations");
    const latest = listMigrations().at(-1);
    expect(latest?.schema).toBe(readFileSync(SCHEMA_PATH, "utf8"));
  });
});
