// Committed migrations under prisma/migrations: one folder each, holding migration.sql and a
// copy of schema.prisma as it stood after that migration, so the next migration is a pure diff
// between two schema files (see STACK.md: the engine's other diff sources fail offline).
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { diffSchemas, NO_FILTERS, withSchemaEngine } from "./schema-engine";

export const PROJECT_ROOT = path.resolve(import.meta.dirname, "../..");
export const MIGRATIONS_DIR = path.join(PROJECT_ROOT, "prisma/migrations");
export const SCHEMA_PATH = path.join(PROJECT_ROOT, "prisma/schema.prisma");
const LOCKFILE = 'provider = "postgresql"\n';

export type Migration = { name: string; sql: string; schema: string | null };

export function listMigrations(dir = MIGRATIONS_DIR): Migration[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(dir, entry.name, "migration.sql")))
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const snapshot = path.join(dir, name, "schema.prisma");
      return {
        name,
        sql: readFileSync(path.join(dir, name, "migration.sql"), "utf8"),
        schema: existsSync(snapshot) ? readFileSync(snapshot, "utf8") : null,
      };
    });
}

/** Applies the migrations the database has not seen yet; a no-op when it is up to date. */
export async function applyMigrations(databaseUrl: string, dir = MIGRATIONS_DIR): Promise<string[]> {
  const migrations = listMigrations(dir);
  const schema = readFileSync(SCHEMA_PATH, "utf8");
  return withSchemaEngine(databaseUrl, schema, async (engine) => {
    const output = await engine.applyMigrations({
      migrationsList: {
        baseDir: dir,
        shadowDbInitScript: "",
        lockfile: { path: "migration_lock.toml", content: LOCKFILE },
        migrationDirectories: migrations.map((m) => ({
          path: m.name,
          migrationFile: { path: "migration.sql", content: { tag: "ok", value: m.sql } },
        })),
      },
      filters: NO_FILTERS,
    });
    return output.appliedMigrationNames;
  });
}

function timestamp(date: Date): string {
  return date.toISOString().replace(/[-:T]/g, "").slice(0, 14);
}

/** Writes a new migration folder from the change in schema.prisma since the last migration. */
export async function createMigration(databaseUrl: string, name: string, now = new Date()): Promise<{ dir: string; sql: string } | null> {
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error("A migration name uses only lowercase letters, digits and _.");
  const migrations = listMigrations();
  const last = migrations.at(-1);
  if (last && last.schema === null) throw new Error(`${last.name} has no schema.prisma snapshot to diff from.`);
  const schema = readFileSync(SCHEMA_PATH, "utf8");
  const sql = await diffSchemas(databaseUrl, last?.schema ?? null, schema);
  if (!sql.trim() || /^-- This is an empty migration/.test(sql.trim())) return null;
  const dir = path.join(MIGRATIONS_DIR, `${timestamp(now)}_${name}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, "migration.sql"), sql);
  writeFileSync(path.join(dir, "schema.prisma"), schema);
  writeFileSync(path.join(MIGRATIONS_DIR, "migration_lock.toml"), LOCKFILE);
  return { dir, sql };
}
