// The app's pool on a real PostgreSQL: every statement has a time limit, the failure is recorded
// as an outage, a transaction's connection that failed that way is discarded, and the pool
// goes on serving.
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { createDatabasePool, createPrismaClient } from "../../lib/db/create-client";
import { databaseFailureSince, resetDatabaseOutage } from "../../lib/db/database-outage";
import { sharedDatabaseUrl } from "./support/database";

describe("the database pool", () => {
  const pool = createDatabasePool(sharedDatabaseUrl(), { statementTimeoutMs: 500, connectTimeoutMs: 1_000 });
  const client = createPrismaClient(sharedDatabaseUrl(), { statementTimeoutMs: 500, connectTimeoutMs: 1_000 });

  beforeEach(() => resetDatabaseOutage());
  afterAll(async () => {
    await client.$disconnect();
    await pool.end();
  });

  it("sets the statement timeout on every connection", async () => {
    const { rows } = await pool.query<{ statement_timeout: string }>("SHOW statement_timeout");
    expect(rows[0]?.statement_timeout).toBe("500ms");
  });

  it("stops a statement at the limit, records it as an outage, and goes on serving", async () => {
    const started = Date.now();
    await expect(client.$queryRawUnsafe("SELECT pg_sleep(5)::text")).rejects.toThrow();
    expect(Date.now() - started).toBeLessThan(3_000);
    expect(databaseFailureSince(started)).toBe("a query ran past the statement timeout");
    expect(await client.$queryRawUnsafe<{ one: number }[]>("SELECT 1 AS one")).toEqual([{ one: 1 }]);
  });

  it("discards a transaction's connection after such a failure instead of reusing it", async () => {
    const before = await client.$queryRawUnsafe<{ pid: number }[]>("SELECT pg_backend_pid() AS pid");
    const broken = new Set<number>();
    await expect(
      client.$transaction(async (tx) => {
        const [row] = await tx.$queryRawUnsafe<{ pid: number }[]>("SELECT pg_backend_pid() AS pid");
        broken.add(row!.pid);
        await tx.$queryRawUnsafe("SELECT pg_sleep(5)::text");
      }),
    ).rejects.toThrow();
    expect(before.length).toBe(1);
    // Ten queries at once need ten connections: none of them may be the discarded one.
    const pids = await Promise.all(
      Array.from({ length: 10 }, () => client.$queryRawUnsafe<{ pid: number }[]>("SELECT pg_backend_pid() AS pid, pg_sleep(0.05)::text")),
    );
    for (const [row] of pids) expect(broken.has(row!.pid)).toBe(false);
  });
});
