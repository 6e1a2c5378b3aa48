import type pg from "pg";

/**
 * Runs `work` in one transaction on one connection of `pool`: BEGIN, the work, COMMIT; ROLLBACK
 * and rethrow on any error. A connection whose ROLLBACK failed is discarded, not reused.
 */
export async function withPgTransaction<T>(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  let broken: Error | undefined;
  try {
    await client.query("BEGIN");
    const result = await work(client);
    await client.query("COMMIT");
    return result;
  } catch (error) {
    try {
      await client.query("ROLLBACK");
    } catch (rollbackFailed) {
      broken = rollbackFailed instanceof Error ? rollbackFailed : new Error(String(rollbackFailed));
    }
    throw error;
  } finally {
    client.release(broken);
  }
}
