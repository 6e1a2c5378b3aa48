// Which PostgreSQL the app and the db:* commands use: DATABASE_URL when it is set, otherwise
// the embedded server in DATA_DIR.
import pg from "pg";
import { env } from "../../lib/env";
import { DatabaseUnreachableError } from "../../lib/errors";
import { startEmbeddedServer } from "./embedded-server";

export type DatabaseHandle = {
  databaseUrl: string;
  embedded: boolean;
  /** The embedded server's data directory: DATA_DIR/pg, or where DATA_DIR/pg-location says. */
  clusterDir?: string;
  /** Stops the embedded server if this process started it (it is restarted if it dies until then). */
  stop(): Promise<void>;
};

export function describeServer(databaseUrl: string): string {
  const url = new URL(databaseUrl);
  return `${url.hostname}:${url.port || "5432"}${url.pathname}`;
}

/** One sentence for a connection failure, naming the server and what to check. */
export function explainConnectionError(databaseUrl: string, error: unknown): DatabaseUnreachableError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const where = describeServer(databaseUrl);
  const why =
    code === "ECONNREFUSED"
      ? "nothing is listening there"
      : code === "ENOTFOUND" || code === "EAI_AGAIN"
        ? "that host name does not resolve"
        : code === "28P01" || code === "28000"
          ? "the user name or password was refused"
          : code === "3D000"
            ? "that database does not exist"
            : code === "ETIMEDOUT" || /timeout/i.test(String((error as Error | undefined)?.message))
              ? "the connection timed out"
              : String((error as Error | undefined)?.message ?? error).split("\n")[0];
  return new DatabaseUnreachableError(
    `Cannot connect to the database at ${where} (${why}): check DATABASE_URL and that the server is running.`,
  );
}

export async function checkConnection(databaseUrl: string): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl, connectionTimeoutMillis: 5_000 });
  client.on("error", () => {});
  try {
    await client.connect();
    await client.query("SELECT 1");
  } catch (error) {
    throw explainConnectionError(databaseUrl, error);
  } finally {
    await client.end().catch(() => {});
  }
}

export async function connectDatabase(options: {
  mode: "owner" | "guest";
  log?: (line: string) => void;
}): Promise<DatabaseHandle> {
  const config = env();
  if (config.DATABASE_URL) {
    await checkConnection(config.DATABASE_URL);
    return { databaseUrl: config.DATABASE_URL, embedded: false, stop: async () => {} };
  }
  const server = await startEmbeddedServer({ dataDir: config.DATA_DIR, mode: options.mode, log: options.log });
  return { databaseUrl: server.databaseUrl, embedded: true, clusterDir: server.clusterDir, stop: server.stop };
}
