import "server-only";
import { env } from "../env";
import { ConfigError } from "../errors";
import { createPrismaClient, type Db } from "./create-client";

// One client per server process, reused across requests (and across hot reloads in dev).
const globalForPrisma = globalThis as unknown as { prisma?: Db };

export function db(): Db {
  if (!globalForPrisma.prisma) {
    const url = env().DATABASE_URL;
    if (!url) throw new ConfigError(["DATABASE_URL is not set: start the app with npm start."]);
    globalForPrisma.prisma = createPrismaClient(url);
  }
  return globalForPrisma.prisma;
}
