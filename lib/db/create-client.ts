// The one place a Prisma client is constructed. The app uses the singleton in ./prisma.ts;
// command lines and tests, which run outside Next, call this with the URL they resolved.
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient, type Prisma } from "../generated/prisma/client";
import { recordDatabaseFailure, recordDatabaseSuccess } from "./database-outage";

export type Db = PrismaClient;

/** The client inside db.$transaction(async (tx) => ...). */
export type TransactionClient = Prisma.TransactionClient;

export type DatabaseTimeouts = {
  /** Longest a statement may run (PostgreSQL's statement_timeout); 0 for no limit. */
  statementTimeoutMs: number;
  /** Longest to wait for a connection: opening one, or a free one from the pool. */
  connectTimeoutMs: number;
};

// Command lines (migrations, seeding, imports) run long statements on purpose: no statement
// limit, and the connect limit the app has always had.
const SCRIPT_TIMEOUTS: DatabaseTimeouts = { statementTimeoutMs: 0, connectTimeoutMs: 5_000 };

// How much longer than statement_timeout pg itself waits for an answer. A server that is
// paused (SIGSTOP) or cut off by the network never sends the statement_timeout error, so the
// client must give up on its own, a little after the server would have.
const CLIENT_TIMEOUT_MARGIN_MS = 1_000;

const GUARDED = Symbol.for("ambitions.guardedClient");

type GuardedClient = pg.PoolClient & { [GUARDED]?: { broken: boolean } };

// A client checked out for a transaction whose query timed out still has that query in flight
// on its socket: handed back as healthy, the next request would queue behind it. Releasing it
// with an error makes the pool close it instead.
function guardClient(client: GuardedClient): void {
  if (!client[GUARDED]) {
    const guard = { broken: false };
    client[GUARDED] = guard;
    const query = client.query.bind(client) as (...args: unknown[]) => unknown;
    (client as { query: unknown }).query = (...args: unknown[]) => {
      const result = query(...args);
      if (result instanceof Promise) {
        result.then(
          () => recordDatabaseSuccess(),
          (error: unknown) => {
            if (recordDatabaseFailure(error)) guard.broken = true;
          },
        );
      }
      return result;
    };
  }
  // pg-pool hands out a fresh release function on every checkout.
  const guard = client[GUARDED];
  const release = client.release;
  client.release = (error?: Error | boolean) =>
    release(error ?? (guard?.broken ? new Error("connection discarded after a database failure") : undefined));
}

/**
 * A pg pool with every wait bounded, which records outage failures and successes for the web
 * server (see ./database-outage.ts). pg pools open new connections by themselves once the
 * server is back, so nothing here needs resetting after an outage.
 */
export function createDatabasePool(databaseUrl: string, timeouts: DatabaseTimeouts): pg.Pool {
  const pool = new pg.Pool({
    connectionString: databaseUrl,
    connectionTimeoutMillis: timeouts.connectTimeoutMs,
    ...(timeouts.statementTimeoutMs > 0
      ? { statement_timeout: timeouts.statementTimeoutMs, query_timeout: timeouts.statementTimeoutMs + CLIENT_TIMEOUT_MARGIN_MS }
      : {}),
    // Notices a peer that vanished without closing the connection (a crashed host, a dropped
    // network) on idle connections too, instead of holding them open for ever.
    keepAlive: true,
    idleTimeoutMillis: 30_000,
    max: 10,
  });
  // Errors of idle connections (the server shut down or was killed): without a listener pg
  // would throw them and end the process.
  pool.on("error", (error) => recordDatabaseFailure(error));

  const query = pool.query.bind(pool) as (...args: unknown[]) => unknown;
  (pool as { query: unknown }).query = (...args: unknown[]) => {
    const result = query(...args);
    if (result instanceof Promise) result.then(() => recordDatabaseSuccess(), (error: unknown) => recordDatabaseFailure(error));
    return result;
  };

  const connect = pool.connect.bind(pool) as (...args: unknown[]) => unknown;
  (pool as { connect: unknown }).connect = (...args: unknown[]) => {
    // pool.query checks out its client with a callback, and already releases it with the error.
    if (typeof args[0] === "function") return connect(...args);
    return (connect() as Promise<GuardedClient>).then(
      (client) => {
        guardClient(client);
        return client;
      },
      (error: unknown) => {
        recordDatabaseFailure(error);
        throw error;
      },
    );
  };
  return pool;
}

// Each client's pool, for poolOf. Kept on globalThis: Next bundles this module once per server
// layer (pages, server actions, route handlers), and a module-level map in one copy would not
// know the client that another copy's db() made.
const globalForPools = globalThis as unknown as { ambitionsPgPools?: WeakMap<object, pg.Pool> };
const POOLS = (globalForPools.ambitionsPgPools ??= new WeakMap<object, pg.Pool>());

export function createPrismaClient(databaseUrl: string, timeouts: DatabaseTimeouts = SCRIPT_TIMEOUTS): PrismaClient {
  const pool = createDatabasePool(databaseUrl, timeouts);
  const client = new PrismaClient({ adapter: new PrismaPg(pool, { disposeExternalPool: true }) });
  POOLS.set(client, pool);
  return client;
}

/**
 * The pg pool under a client made by createPrismaClient (same timeouts, same outage records).
 * For the one hot path, saving an answer: each Prisma query costs about 1 ms of CPU, a pg query
 * a fraction of that, and a save is made every few seconds by everyone editing.
 */
export function poolOf(db: PrismaClient): pg.Pool | undefined {
  return POOLS.get(db);
}
