import type { OrgRef } from "../policy/policy";
import type { Organisation } from "../generated/prisma/client";

/**
 * The policy's view of a stored organisation. A row whose denormalised ids are missing gives
 * a reference the policy treats as malformed, and so denies, rather than one that guesses.
 */
export function toOrgRef(row: Pick<Organisation, "id" | "kind" | "regionId" | "icbId">): OrgRef {
  return { id: row.id, kind: row.kind, regionId: row.regionId ?? "", icbId: row.icbId };
}
