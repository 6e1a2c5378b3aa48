/** How an action's owner is named on pages and in its history. */
export function ownerLabel(row: { ownerName: string | null; ownerUser: { name: string; email: string } | null }): string {
  return row.ownerUser ? row.ownerUser.name || row.ownerUser.email : (row.ownerName ?? "");
}
