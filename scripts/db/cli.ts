// npm run db:migrate | db:migration:new -- NAME | db:seed | db:reset
// Uses DATABASE_URL when set, otherwise the embedded server (shared with a running app).
import pg from "pg";
import { createPrismaClient } from "../../lib/db/create-client";
import { StartupError } from "../../lib/errors";
import { seedReferenceData } from "../../lib/seed/seed-reference-data";
import { connectDatabase } from "./connect-database";
import { applyMigrations, createMigration } from "./migrations";
import { runMain, say } from "../run-main";

const [command, ...args] = process.argv.slice(2);

async function seed(databaseUrl: string) {
  const client = createPrismaClient(databaseUrl);
  try {
    await seedReferenceData(client);
  } finally {
    await client.$disconnect();
  }
}

async function dropEverything(databaseUrl: string) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query("DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;");
  } finally {
    await client.end();
  }
}

runMain(async (onShutdown) => {
  if (!command || !["migrate", "migration:new", "seed", "reset"].includes(command)) {
    throw new StartupError("Usage: db migrate | db migration:new NAME | db seed | db reset --yes");
  }
  if (command === "reset" && !args.includes("--yes")) {
    throw new StartupError("db:reset deletes every row in the database: run it again with -- --yes to confirm.");
  }
  const database = await connectDatabase({ mode: "guest", log: say });
  onShutdown(() => database.stop());
  switch (command) {
    case "migrate": {
      const applied = await applyMigrations(database.databaseUrl);
      say(applied.length ? `Applied: ${applied.join(", ")}` : "Nothing to apply: the database is up to date.");
      break;
    }
    case "migration:new": {
      const name = args[0];
      if (!name) throw new StartupError("Name the migration: npm run db:migration:new -- add_returns");
      const created = await createMigration(database.databaseUrl, name);
      say(created ? `Wrote ${created.dir}/migration.sql` : "schema.prisma has not changed since the last migration.");
      break;
    }
    case "seed":
      await seed(database.databaseUrl);
      say("Reference data is in place.");
      break;
    case "reset":
      await dropEverything(database.databaseUrl);
      say(`Applied: ${(await applyMigrations(database.databaseUrl)).join(", ")}`);
      await seed(database.databaseUrl);
      say("Database reset and seeded.");
      break;
  }
});
