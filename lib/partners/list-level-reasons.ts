// The reasons given for the levels of one return ("what moved and why" on the dashboard), by
// item key, for someone who may read the return.
import type { Actor } from "../audit/actor";
import { isUuid } from "../auth/is-uuid";
import type { Db } from "../db/create-client";
import { NotFoundError } from "../errors";
import { can } from "../policy/policy";
import { RETURN_ORGANISATION_SELECT } from "../returns/return-organisation-select";
import { toReturnRef } from "../returns/to-return-ref";

export async function listLevelReasons(db: Db, returnId: string, actor: Actor): Promise<Map<string, string>> {
  if (!isUuid(returnId)) throw new NotFoundError("The self-assessment does not exist.");
  const row = await db.assessmentReturn.findUnique({
    where: { id: returnId },
    select: {
      status: true,
      organisation: { select: RETURN_ORGANISATION_SELECT },
      answers: { where: { levelReason: { not: null } }, select: { levelReason: true, catalogueItem: { select: { key: true } } } },
    },
  });
  if (!row || !can(actor, "return.read", { type: "return", ...toReturnRef(row) })) throw new NotFoundError("The self-assessment does not exist.");
  return new Map(row.answers.flatMap((answer) => (answer.levelReason?.trim() ? [[answer.catalogueItem.key, answer.levelReason] as const] : [])));
}
