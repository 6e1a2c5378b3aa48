// What /api/health reports: whether the database answers and whether it has every migration
// this build expects. Load balancers take any non-200 as "send no traffic here".
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import type { Db } from "../db/create-client";
import { env } from "../env";
import { describeDatabaseOutage, isTimeoutOutage, knownDatabaseOutage, recordDatabaseOutage, recordDatabaseSuccess } from "../db/database-outage";

export type Health =
  | { status: "ok"; database: "up"; migrations: { applied: number; latest: string | null } }
  | {
      status: "unavailable";
      database: "up" | "down";
      migrations: { applied: number; pending: string[] } | "unknown";
      reason: string;
    };

// A load balancer polling a stalled database should not wait for the timeout every time: a
// failure this recent, with nothing succeeding since, is reported at once. After it, the next
// check asks the database again, so recovery shows by itself.
const KNOWN_OUTAGE_WINDOW_MS = 2_000;

class HealthTimeout extends Error {}

export function listExpectedMigrations(dir = path.join(/*turbopackIgnore: true*/ process.cwd(), "prisma/migrations")): string[] {
  if (!existsSync(/*turbopackIgnore: true*/ dir)) return [];
  return readdirSync(/*turbopackIgnore: true*/ dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new HealthTimeout(`no answer within ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

// Prisma wraps driver errors in a multi-line "Invalid invocation" text; the driver's own
// sentence is what an operator needs.
function describeQueryError(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  const driverMessage = /Message: `([^`]*)`/.exec(text)?.[1];
  if (driverMessage) return driverMessage;
  return text.split("\n").map((line) => line.trim()).find(Boolean) ?? "unknown error";
}

function seconds(ms: number): string {
  return `${Math.round(ms / 100) / 10} s`;
}

/** The operator's sentence for a database that cannot be used at all. */
function describeDown(reason: string, timeoutMs: number): string {
  return isTimeoutOutage(reason) ? `database not responding within ${seconds(timeoutMs)}` : `database unreachable: ${reason}`;
}

function down(reason: string): Health {
  return { status: "unavailable", database: "down", migrations: "unknown", reason };
}

/** timeoutMs: how long to wait for the database; by default as long as for a connection. */
export async function checkHealth(
  db: Db,
  expected: string[] = listExpectedMigrations(),
  timeoutMs: number = env().DB_CONNECT_TIMEOUT_MS,
): Promise<Health> {
  const known = knownDatabaseOutage(KNOWN_OUTAGE_WINDOW_MS);
  if (known) return down(describeDown(known, timeoutMs));
  let applied: string[];
  try {
    const rows = await withTimeout(
      db.$queryRawUnsafe<{ migration_name: string }[]>(
        `SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
      ),
      timeoutMs,
    );
    applied = rows.map((row) => row.migration_name);
    recordDatabaseSuccess();
  } catch (error) {
    if (error instanceof HealthTimeout) {
      const reason = `no answer within ${seconds(timeoutMs)} (timeout)`;
      recordDatabaseOutage(reason);
      return down(describeDown(reason, timeoutMs));
    }
    const outage = describeDatabaseOutage(error);
    if (outage) return down(describeDown(outage, timeoutMs));
    const message = describeQueryError(error);
    if (/relation "?_prisma_migrations"? does not exist/i.test(message)) {
      return { status: "unavailable", database: "up", migrations: { applied: 0, pending: expected }, reason: "the database has no migrations applied: run npm run db:migrate" };
    }
    return down(`the database did not answer: ${message}`);
  }
  const done = new Set(applied);
  const pending = expected.filter((name) => !done.has(name));
  if (pending.length > 0) {
    return {
      status: "unavailable",
      database: "up",
      migrations: { applied: applied.length, pending },
      reason: `${pending.length} migration(s) not applied: run npm run db:migrate`,
    };
  }
  return { status: "ok", database: "up", migrations: { applied: applied.length, latest: expected.at(-1) ?? null } };
}
