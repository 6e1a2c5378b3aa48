// The shapes the autosave API speaks (see docs/ambition-editor.md and the contract it follows).

/** What one item's boxes hold: a level (null: not yet rated), evidence and gaps. */
export type AnswerFields = { level: number | null; evidence: string; gaps: string };

/** An answer as the server holds it, with who saved it and when. */
export type RemoteAnswer = AnswerFields & {
  itemKey: string;
  levelReason: string | null;
  revision: number;
  savedAt: string;
  savedBy: { id: string; name: string };
};

/** Edits kept in the browser until the server confirms them, with the revision they were typed against. */
export type StoredDraft = AnswerFields & { baseRevision: number; typedAt: string };
