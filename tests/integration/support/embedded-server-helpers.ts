// Small helpers shared by the embedded-server tests.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";

/** The postmaster's pid and port from its pid file, or null when no server holds the cluster. */
export function postmasterOf(clusterDir: string): { pid: number; port: number } | null {
  const file = path.join(clusterDir, "postmaster.pid");
  if (!existsSync(file)) return null;
  const lines = readFileSync(file, "utf8").split("\n");
  return { pid: Number(lines[0]), port: Number(lines[3]) };
}

export async function query(url: string, sql: string): Promise<pg.QueryResult> {
  const client = new pg.Client({ connectionString: url });
  client.on("error", () => {});
  await client.connect();
  try {
    return await client.query(sql);
  } finally {
    await client.end();
  }
}

/** Retries `attempt` until it succeeds; the last failure is thrown once `ms` have passed. */
export async function eventually<T>(attempt: () => Promise<T>, ms = 30_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    try {
      return await attempt();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((r) => setTimeout(r, 200));
    }
  }
}

/** Waits until `condition` holds; false if it still does not after `ms`. */
export async function waitFor(condition: () => boolean, ms = 30_000): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (!condition() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  return condition();
}
