import { z } from "zod";
import type { StoredDraft } from "./answer-types";
import { draftStorageKey } from "./draft-storage-key";

const draftSchema = z.object({
  level: z.number().int().min(0).max(5).nullable(),
  evidence: z.string(),
  gaps: z.string(),
  baseRevision: z.number().int().min(0),
  typedAt: z.string(),
});

/**
 * The unsaved edits this browser keeps for one user's return, by item key. Anything unreadable
 * (storage disabled, a value written by something else) reads as no drafts rather than failing.
 */
export function readDrafts(userId: string, returnId: string): Map<string, StoredDraft> {
  const drafts = new Map<string, StoredDraft>();
  try {
    const raw = window.localStorage.getItem(draftStorageKey(userId, returnId));
    if (!raw) return drafts;
    const parsed: unknown = JSON.parse(raw);
    if (typeof parsed !== "object" || parsed === null) return drafts;
    for (const [key, value] of Object.entries(parsed)) {
      const draft = draftSchema.safeParse(value);
      if (draft.success) drafts.set(key, draft.data);
    }
  } catch {
    // No storage (private mode, quota, disabled): the page still saves to the server.
  }
  return drafts;
}
