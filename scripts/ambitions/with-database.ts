// The database for one command line run (DATABASE_URL, or the embedded server shared with a
// running app, or started for the run), migrated and seeded, closed afterwards.
import { createPrismaClient, type Db } from "../../lib/db/create-client";
import { seedReferenceData } from "../../lib/seed/seed-reference-data";
import { connectDatabase } from "../db/connect-database";
import { applyMigrations } from "../db/migrations";

export async function withDatabase<T>(work: (db: Db) => Promise<T>): Promise<T> {
  // Logs go to stderr so what a command prints on stdout stays its own.
  const database = await connectDatabase({ mode: "guest", log: (line) => process.stderr.write(line + "\n") });
  try {
    await applyMigrations(database.databaseUrl);
    const db = createPrismaClient(database.databaseUrl);
    try {
      await seedReferenceData(db);
      return await work(db);
    } finally {
      await db.$disconnect();
    }
  } finally {
    await database.stop();
  }
}
