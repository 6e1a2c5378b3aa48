// At most one catalogue version is the default: the partial unique index
// catalogue_version_one_default says so in the database (see prisma/migrations/
// 20261203235943_indexes_and_audit_counts). Two transactions moving the default at once both
// clear the old one, and the second to set its own then breaks that index. Run again, it sees
// the first one's choice and moves the default on from there: the later choice wins, cleanly.
import { Prisma } from "../generated/prisma/client";

export const DEFAULT_INDEX = "catalogue_version_one_default";
const ATTEMPTS = 5;

/** Whether `error` is the database refusing a second default catalogue version. */
export function isDefaultConflict(error: unknown): boolean {
  // P2002 from a model query, P2010 from raw SQL; either way the driver names the index.
  if (!(error instanceof Prisma.PrismaClientKnownRequestError) || !["P2002", "P2010"].includes(error.code)) return false;
  return JSON.stringify(error.meta ?? {}).includes(DEFAULT_INDEX);
}

/** Runs `work` (a whole transaction) again when it lost a race for the default. */
export async function retryOnDefaultConflict<T>(work: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if (attempt >= ATTEMPTS || !isDefaultConflict(error)) throw error;
    }
  }
}

/**
 * Inside a transaction: makes `versionId` the default. The old default is cleared first, as
 * the index is checked row by row, never at the end of the statement.
 */
export async function moveDefaultTo(tx: Prisma.TransactionClient, versionId: string): Promise<void> {
  await tx.catalogueVersion.updateMany({ where: { isDefault: true, id: { not: versionId } }, data: { isDefault: false } });
  await tx.catalogueVersion.update({ where: { id: versionId }, data: { isDefault: true } });
}
