import type { Actor } from "../audit/actor";
import { isUuid } from "../auth/is-uuid";
import type { TransactionClient, Db } from "../db/create-client";
import { ForbiddenError, NotFoundError } from "../errors";
import { can } from "../policy/policy";
import type { Action } from "../policy/roles";
import { RETURN_ORGANISATION_SELECT } from "../returns/return-organisation-select";
import { toReturnRef } from "../returns/to-return-ref";

export type IcbReturn = {
  id: string;
  title: string;
  status: "draft" | "submitted" | "signed_off";
  catalogueVersionId: string;
  organisation: { id: string; name: string; kind: "region" | "icb" | "place" | "provider"; regionId: string | null; icbId: string | null };
};

/**
 * The ICB return a partners' question is about, once `action` (return.readPartners or
 * return.requestPartners) is allowed on it: the policy's second check behind the page's. A
 * return the actor may not read is not found; one they read but may not ask this of is forbidden.
 */
export async function loadIcbReturn(db: Db | TransactionClient, returnId: string, action: Action, actor: Actor): Promise<IcbReturn> {
  if (!isUuid(returnId)) throw new NotFoundError("The self-assessment does not exist.");
  const row = await db.assessmentReturn.findUnique({
    where: { id: returnId },
    select: { id: true, title: true, status: true, catalogueVersionId: true, organisation: { select: RETURN_ORGANISATION_SELECT } },
  });
  const ref = row ? toReturnRef(row) : null;
  if (!row || !ref || !can(actor, "return.read", { type: "return", ...ref })) throw new NotFoundError("The self-assessment does not exist.");
  if (!can(actor, action, { type: "return", ...ref })) throw new ForbiddenError(`Not allowed: ${action}.`);
  return row;
}
