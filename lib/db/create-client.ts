// The one place a Prisma client is constructed. The app uses the singleton in ./prisma.ts;
// command lines and tests, which run outside Next, call this with the URL they resolved.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient, type Prisma } from "../generated/prisma/client";

export type Db = PrismaClient;

/** The client inside db.$transaction(async (tx) => ...). */
export type TransactionClient = Prisma.TransactionClient;

export function createPrismaClient(databaseUrl: string): PrismaClient {
  const adapter = new PrismaPg({
    connectionString: databaseUrl,
    // Fail fast when the server is down so /api/health answers 503 instead of hanging;
    // the pool opens new connections by itself once the server is back.
    connectionTimeoutMillis: 5_000,
    idleTimeoutMillis: 30_000,
    max: 10,
  });
  return new PrismaClient({ adapter });
}
