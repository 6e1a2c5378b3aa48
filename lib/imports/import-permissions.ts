import type { Actor } from "../audit/actor";
import { can, type ReturnRef } from "../policy/policy";
import type { ImportPermissions } from "./compute-import-changes";

/** What `actor` may change of the return through an import: the items they may edit, and the header fields if they may update the return. */
export function importPermissions(actor: Actor, ref: ReturnRef): ImportPermissions {
  return {
    mayEditItem: (current) => can(actor, "return.item.edit", { type: "returnItem", return: ref, assigneeIds: [...current.assigneeIds] }),
    mayEditDetails: can(actor, "return.update", { type: "return", ...ref }),
  };
}
