import { randomBytes } from "node:crypto";
import pg from "pg";
import { inject } from "vitest";
import { createPrismaClient, type Db } from "../../../lib/db/create-client";
import { applyMigrations } from "../../../scripts/db/migrations";

/** The run's shared database (migrated, not seeded). */
export function sharedDatabaseUrl(): string {
  return inject("databaseUrl");
}

async function admin<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: inject("adminUrl") });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** A new empty database on the run's cluster; migrated unless asked not to. */
export async function createDatabase(options: { migrate?: boolean } = {}): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `t_${randomBytes(6).toString("hex")}`;
  await admin((client) => client.query(`CREATE DATABASE ${name}`));
  const url = new URL(inject("adminUrl"));
  url.pathname = `/${name}`;
  if (options.migrate ?? true) await applyMigrations(url.toString());
  return {
    url: url.toString(),
    drop: () => admin((client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined),
  };
}

/** A Prisma client on a fresh migrated database, and a function that removes both. */
export async function freshDb(): Promise<{ db: Db; url: string; cleanup(): Promise<void> }> {
  const database = await createDatabase();
  const db = createPrismaClient(database.url);
  return {
    db,
    url: database.url,
    cleanup: async () => {
      await db.$disconnect();
      await database.drop();
    },
  };
}
