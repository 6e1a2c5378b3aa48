import type { StoredDraft } from "./answer-types";
import { draftStorageKey } from "./draft-storage-key";
import { readDrafts } from "./read-drafts";

/** Keeps (or, with null, forgets) one item's unsaved edits in this browser. */
export function writeDraft(userId: string, returnId: string, itemKey: string, draft: StoredDraft | null): void {
  try {
    const drafts = readDrafts(userId, returnId);
    if (draft) drafts.set(itemKey, draft);
    else drafts.delete(itemKey);
    const key = draftStorageKey(userId, returnId);
    if (drafts.size === 0) window.localStorage.removeItem(key);
    else window.localStorage.setItem(key, JSON.stringify(Object.fromEntries(drafts)));
  } catch {
    // Storage full or disabled: the edit is still in the page and is being sent.
  }
}
