import type { TransactionClient } from "../db/create-client";
import { ValidationError } from "../errors";
import type { OrgRef } from "../policy/policy";
import type { ActionOwner } from "./action-owner";
import { OWNER_NAME_MAX } from "./action-rules";
import { listActionOwners } from "./list-action-owners";

/** The owner's name as the history shows it; refuses an owner who may not own this organisation's action. */
export async function assertEligibleOwner(tx: TransactionClient, organisation: OrgRef, owner: ActionOwner): Promise<string> {
  if ("name" in owner) {
    const name = owner.name.trim();
    if (name === "") throw new ValidationError("ownerName", "owner.nameMissing", "Name the organisation that owns the action.");
    if (name.length > OWNER_NAME_MAX) throw new ValidationError("ownerName", "owner.nameTooLong", "The owner's name is too long.");
    return name;
  }
  const [person] = await listActionOwners(tx, organisation, owner.userId);
  if (!person) throw new ValidationError("ownerUserId", "owner.notEligible", "That person cannot own this organisation's actions.");
  return person.name || person.email;
}
