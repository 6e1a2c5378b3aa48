/** The "Create an action" page's address for a return and an item, or an ambition, and a source. */
export function newActionPath(input: { returnId: string; itemKey?: string; ambition?: string | number; sourceReturnId?: string }): string {
  const params = new URLSearchParams({ return: input.returnId });
  if (input.itemKey) params.set("item", input.itemKey);
  if (input.ambition) params.set("ambition", String(input.ambition));
  if (input.sourceReturnId) params.set("source", input.sourceReturnId);
  return `/actions/new?${params}`;
}
