// Whether the database is failing for a reason no request can fix (down, unreachable, stalled),
// as opposed to a bug or a bad query. The pool records every such failure here, and the web
// server (scripts/start.ts) reads it to answer a failed request 503 instead of 500.
//
// The state lives on globalThis under a Symbol.for key: Next's server bundles carry their own
// copies of lib modules, so a module-level variable here would not be the one the custom
// server reads.

export type OutageState = {
  /** Date.now() of the latest outage failure (0: none yet). */
  lastFailureAt: number;
  /** What went wrong then, in words an operator can act on. */
  lastReason: string | null;
  /** Date.now() of the latest query or connection that succeeded (0: none yet). */
  lastSuccessAt: number;
};

const STATE_KEY = Symbol.for("ambitions.databaseOutage");

function state(): OutageState {
  const holder = globalThis as unknown as Record<symbol, OutageState | undefined>;
  holder[STATE_KEY] ??= { lastFailureAt: 0, lastReason: null, lastSuccessAt: 0 };
  return holder[STATE_KEY];
}

// Socket-level failures: nothing listening, the peer went away, the network is in the way.
const NETWORK_CODES: Record<string, string> = {
  ECONNREFUSED: "connection refused",
  ECONNRESET: "connection reset",
  ECONNABORTED: "connection aborted",
  EPIPE: "connection broken",
  ETIMEDOUT: "connection timed out",
  EHOSTUNREACH: "host unreachable",
  ENETUNREACH: "network unreachable",
  ENOTFOUND: "host not found",
  EAI_AGAIN: "host name lookup failed",
};

// PostgreSQL SQLSTATEs that say "the server", not "your query": shutting down, starting up,
// out of connections, cancelled by statement_timeout, and class 08 (connection exceptions).
function describeSqlState(code: string): string | null {
  if (code === "57P01" || code === "57P02") return "the server is shutting down";
  if (code === "57P03") return "the server is starting up";
  if (code === "53300") return "the server has no free connections";
  if (code === "57014") return "a query ran past the statement timeout";
  if (code.startsWith("08")) return "connection failure";
  return null;
}

// pg and pg-pool report these without a code; Prisma 7 keeps the driver's message inside its own.
const MESSAGE_PATTERNS: [RegExp, (match: RegExpExecArray) => string][] = [
  [/timeout exceeded when trying to connect|connection timeout/i, () => "no connection within the connect timeout"],
  [/Query read timeout/i, () => "no answer within the query timeout"],
  [/canceling statement due to statement timeout/i, () => "a query ran past the statement timeout"],
  [/Connection terminated|terminating connection|server closed the connection/i, () => "connection lost"],
  [/is not queryable/i, () => "connection lost"],
  [/\b(ECONNREFUSED|ECONNRESET|ETIMEDOUT|EHOSTUNREACH|ENETUNREACH|ENOTFOUND|EAI_AGAIN|EPIPE)\b/, (m) => NETWORK_CODES[m[1] ?? ""] ?? "connection failure"],
  [/the database system is (shutting down|starting up|in recovery mode)/i, (m) => `the server is ${m[1]}`],
  [/Can't reach database server|Timed out fetching a new connection/i, () => "connection failure"],
];

// Prisma's own codes for the same situations (engines, pool): P1001 can't reach, P1002 timed
// out, P1017 connection closed, P2024 timed out waiting for a pooled connection.
const PRISMA_CODES: Record<string, string> = {
  P1001: "connection refused",
  P1002: "connection timed out",
  P1017: "connection lost",
  P2024: "no connection within the connect timeout",
};

const ADAPTER_KINDS: Record<string, string> = {
  DatabaseNotReachable: "connection refused",
  ConnectionClosed: "connection lost",
  SocketTimeout: "connection timed out",
  TooManyConnections: "the server has no free connections",
};

/**
 * Why this error means the database is unavailable, or null when it is an ordinary error (a
 * constraint, a bad query, a bug). Looks through Prisma's wrappers (cause, driver adapter error).
 */
export function describeDatabaseOutage(error: unknown, depth = 0): string | null {
  if (depth > 5 || error === null || typeof error !== "object") return null;
  const record = error as Record<string, unknown>;
  const code = typeof record.code === "string" ? record.code : undefined;
  if (code) {
    if (NETWORK_CODES[code]) return NETWORK_CODES[code];
    if (PRISMA_CODES[code]) return PRISMA_CODES[code];
    if (/^[0-9A-Z]{5}$/.test(code)) {
      const described = describeSqlState(code);
      if (described) return described;
    }
  }
  // The driver adapter's error kinds, which replace the socket error it came from.
  const kind = typeof record.kind === "string" ? record.kind : undefined;
  if (kind && ADAPTER_KINDS[kind]) return ADAPTER_KINDS[kind];
  if (typeof record.originalCode === "string") {
    const described = describeSqlState(record.originalCode);
    if (described) return described;
  }
  for (const nested of [record.cause, record.meta, (record.meta as Record<string, unknown> | undefined)?.driverAdapterError]) {
    const described = describeDatabaseOutage(nested, depth + 1);
    if (described) return described;
  }
  if (Array.isArray(record.errors)) {
    // AggregateError: node tries every address of "localhost" and reports each refusal.
    for (const nested of record.errors) {
      const described = describeDatabaseOutage(nested, depth + 1);
      if (described) return described;
    }
  }
  const message = typeof record.message === "string" ? record.message : "";
  for (const [pattern, describe] of MESSAGE_PATTERNS) {
    const match = pattern.exec(message);
    if (match) return describe(match);
  }
  return null;
}

export function isDatabaseOutage(error: unknown): boolean {
  return describeDatabaseOutage(error) !== null;
}

/** Records the failure when it is an outage; returns its description (or null). */
export function recordDatabaseFailure(error: unknown, now = Date.now()): string | null {
  const reason = describeDatabaseOutage(error);
  if (reason) recordDatabaseOutage(reason, now);
  return reason;
}

/** Records an outage noticed without an error object (a caller's own timer ran out). */
export function recordDatabaseOutage(reason: string, now = Date.now()): void {
  const current = state();
  current.lastFailureAt = now;
  current.lastReason = reason;
}

export function recordDatabaseSuccess(now = Date.now()): void {
  state().lastSuccessAt = now;
}

/** The reason of an outage failure recorded at or after `since`, or null when none was. */
export function databaseFailureSince(since: number): string | null {
  const current = state();
  return current.lastFailureAt >= since ? current.lastReason : null;
}

/** Whether the outage is a stall (something timed out), where every attempt costs the timeout. */
export function isTimeoutOutage(reason: string): boolean {
  return /time ?out|timed out/i.test(reason);
}

/**
 * The reason when the database stalled (timed out) within the last `windowMs` and nothing has
 * succeeded since, so a request can be answered 503 at once instead of waiting for the timeout
 * again. A refused connection fails at once anyway, so it is always tried again.
 */
export function knownDatabaseOutage(windowMs: number, now = Date.now()): string | null {
  const current = state();
  if (!current.lastReason || current.lastSuccessAt > current.lastFailureAt) return null;
  if (!isTimeoutOutage(current.lastReason)) return null;
  return now - current.lastFailureAt <= windowMs ? current.lastReason : null;
}

/** For tests: forget every recorded failure and success. */
export function resetDatabaseOutage(): void {
  Object.assign(state(), { lastFailureAt: 0, lastReason: null, lastSuccessAt: 0 });
}
