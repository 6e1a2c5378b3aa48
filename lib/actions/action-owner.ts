// Who owns an action: a person with an account, or a named organisation without one.
export type ActionOwner = { readonly userId: string } | { readonly name: string };

/** The owner as stored (exactly one of the two columns is set: a CHECK holds it). */
export function toOwnerColumns(owner: ActionOwner): { ownerUserId: string | null; ownerName: string | null } {
  return "userId" in owner ? { ownerUserId: owner.userId, ownerName: null } : { ownerUserId: null, ownerName: owner.name.trim() };
}
