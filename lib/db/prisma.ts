import "server-only";
import { env } from "../env";
import { ConfigError } from "../errors";
import { createPrismaClient, type Db } from "./create-client";

// One client per server process, reused across requests (and across hot reloads in dev).
const globalForPrisma = globalThis as unknown as { prisma?: Db };

export function db(): Db {
  if (!globalForPrisma.prisma) {
    const config = env();
    const url = config.DATABASE_URL;
    if (!url) throw new ConfigError(["DATABASE_URL is not set: start the app with npm start."]);
    globalForPrisma.prisma = createPrismaClient(url, {
      statementTimeoutMs: config.DB_STATEMENT_TIMEOUT_MS,
      connectTimeoutMs: config.DB_CONNECT_TIMEOUT_MS,
    });
  }
  return globalForPrisma.prisma;
}
