"use client";
import { createContext, useContext } from "react";
import type { RemoteAnswer } from "./answer-types";

/** What every item editor of one page shares: who and which return, colleagues' saves, page-wide states. */
export type EditorSession = {
  returnId: string;
  userId: string;
  /** Colleagues' saves of `itemKey`, as the page's polling finds them. Returns the unsubscribe. */
  subscribe: (itemKey: string, listener: (answer: RemoteAnswer) => void) => () => void;
  /** Marks an item as holding edits the server has not confirmed (the page asks before it is left). */
  setUnsaved: (itemKey: string, unsaved: boolean) => void;
  reportRestored: (itemKey: string) => void;
  reportSignedOut: () => void;
  reportNotDraft: (returnStatus: string) => void;
  /** Set once the return is no longer a draft: nothing more is sent. */
  notDraft: string | null;
  signedOut: boolean;
};

export const EditorSessionContext = createContext<EditorSession | null>(null);

/** The page's editor session; item editors only exist inside one. */
export function useEditorSession(): EditorSession {
  const session = useContext(EditorSessionContext);
  if (!session) throw new Error("An item editor must be inside the ambition editor's session.");
  return session;
}
