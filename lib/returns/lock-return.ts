import type { Actor } from "../audit/actor";
import type { Action } from "../policy/roles";
import { can } from "../policy/policy";
import type { TransactionClient } from "../db/create-client";
import { NotFoundError } from "../errors";
import { RETURN_ORGANISATION_SELECT } from "./return-organisation-select";
import { toReturnRef } from "./to-return-ref";

/**
 * Inside a transaction: the return, row-locked, once `actor` may at least read it; otherwise
 * NotFoundError, exactly as for an id that does not exist. "share" lets many saves run side by
 * side while a status change ("update") waits for them, so no answer lands in a return that has
 * just been submitted. `seenFor` is an action that lets someone who may not read the return
 * still reach it (an administrator returning a signed-off return to draft).
 */
export async function lockReturn(tx: TransactionClient, returnId: string, actor: Actor, mode: "share" | "update", seenFor?: Action) {
  const locked =
    mode === "update"
      ? await tx.$queryRaw<{ id: string }[]>`SELECT id FROM assessment_return WHERE id = ${returnId}::uuid FOR UPDATE`
      : await tx.$queryRaw<{ id: string }[]>`SELECT id FROM assessment_return WHERE id = ${returnId}::uuid FOR SHARE`;
  if (locked.length === 0) throw new NotFoundError("The return does not exist.");
  const row = await tx.assessmentReturn.findUniqueOrThrow({
    where: { id: returnId },
    select: { id: true, status: true, catalogueVersionId: true, organisation: { select: RETURN_ORGANISATION_SELECT } },
  });
  const ref = toReturnRef(row);
  const resource = { type: "return" as const, ...ref };
  if (!can(actor, "return.read", resource) && !(seenFor && can(actor, seenFor, resource))) throw new NotFoundError("The return does not exist.");
  return { ...row, ref };
}
