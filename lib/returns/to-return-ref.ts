import type { ReturnRef } from "../policy/policy";
import type { Organisation, ReturnStatus } from "../generated/prisma/client";
import { toOrgRef } from "../organisations/to-org-ref";

/** The policy's view of a stored return. */
export function toReturnRef(row: {
  status: ReturnStatus;
  organisation: Pick<Organisation, "id" | "kind" | "regionId" | "icbId">;
}): ReturnRef {
  return { organisation: toOrgRef(row.organisation), status: row.status };
}
