/** One browser store entry per user and return, so a shared computer never shows one person's drafts to another. */
export function draftStorageKey(userId: string, returnId: string): string {
  return `ambitions:drafts:${userId}:${returnId}`;
}
