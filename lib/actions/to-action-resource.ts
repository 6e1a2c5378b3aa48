import type { ImprovementActionResource } from "../policy/policy";
import type { Organisation, ReturnStatus } from "../generated/prisma/client";
import { toOrgRef } from "../organisations/to-org-ref";

export interface ActionLinkForPolicy {
  readonly returnStatus: ReturnStatus;
  /** The users the linked item is assigned to in that return; empty for an ambition-level link. */
  readonly assigneeIds: readonly string[];
}

/** The policy's view of a stored (or about to be stored) improvement action. */
export function toActionResource(row: {
  organisation: Pick<Organisation, "id" | "kind" | "regionId" | "icbId">;
  ownerUserId: string | null;
  links: readonly ActionLinkForPolicy[];
}): ImprovementActionResource {
  return {
    type: "improvementAction",
    organisation: toOrgRef(row.organisation),
    ownerId: row.ownerUserId,
    raisedFrom: row.links.map((link) => ({ status: link.returnStatus, assigneeIds: link.assigneeIds })),
  };
}
