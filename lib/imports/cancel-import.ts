import { z } from "zod";
import type { Actor } from "../audit/actor";
import type { Db } from "../db/create-client";

const idSchema = z.uuid();

/** Forgets a pending import of the actor's; one that is gone already (or never was) is no error. */
export async function cancelImport(db: Db, input: { returnId: string; importId: string }, actor: Actor): Promise<void> {
  if (!idSchema.safeParse(input.importId).success || !idSchema.safeParse(input.returnId).success) return;
  await db.pendingImport.deleteMany({ where: { id: input.importId, returnId: input.returnId, createdById: actor.id } });
}
