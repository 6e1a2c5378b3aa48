import { z } from "zod";
import type { Db } from "../db/create-client";
import type { Organisation } from "../generated/prisma/client";

const idSchema = z.uuid();

export type OrganisationRow = Pick<Organisation, "id" | "kind" | "name" | "providerType" | "regionId" | "icbId">;

/**
 * One organisation by id, or null. An id that is not a uuid is simply not found: ids arrive
 * from URLs and forms, and the database would reject them with an error instead.
 */
export async function getOrganisation(db: Db, id: string): Promise<OrganisationRow | null> {
  if (!idSchema.safeParse(id).success) return null;
  return db.organisation.findUnique({
    where: { id },
    select: { id: true, kind: true, name: true, providerType: true, regionId: true, icbId: true },
  });
}
