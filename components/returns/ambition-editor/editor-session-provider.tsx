"use client";
// The page-wide part of the ambition editor: polls the return's answers so colleagues' saves
// reach the open page, asks before the page is left with unsaved edits, and says at once when
// edits were restored, the session ended or the return stopped being a draft.
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { editorCopy } from "@/lib/copy/ambition-editor";
import { copy } from "@/lib/copy/en";
import type { RemoteAnswer } from "@/lib/drafts/answer-types";
import { EditorSessionContext, type EditorSession } from "@/lib/drafts/editor-session-context";
import { fetchAnswers } from "@/lib/drafts/fetch-answers";

/** How often the page asks for colleagues' saves. */
const POLL_MS = 5000;

type Props = { returnId: string; userId: string; children: ReactNode };

export function EditorSessionProvider({ returnId, userId, children }: Props) {
  const listeners = useRef(new Map<string, Set<(answer: RemoteAnswer) => void>>());
  const unsaved = useRef(new Set<string>());
  const [restored, setRestored] = useState<ReadonlySet<string>>(new Set());
  const [signedOut, setSignedOut] = useState(false);
  const [notDraft, setNotDraft] = useState<string | null>(null);

  const subscribe = useCallback((itemKey: string, listener: (answer: RemoteAnswer) => void) => {
    const set = listeners.current.get(itemKey) ?? new Set();
    set.add(listener);
    listeners.current.set(itemKey, set);
    return () => {
      set.delete(listener);
    };
  }, []);
  const setUnsaved = useCallback((itemKey: string, value: boolean) => {
    if (value) unsaved.current.add(itemKey);
    else unsaved.current.delete(itemKey);
  }, []);
  const reportRestored = useCallback((itemKey: string) => setRestored((previous) => new Set([...previous, itemKey])), []);
  const reportSignedOut = useCallback(() => setSignedOut(true), []);
  const reportNotDraft = useCallback((status: string) => setNotDraft(status), []);

  const session = useMemo<EditorSession>(
    () => ({ returnId, userId, subscribe, setUnsaved, reportRestored, reportSignedOut, reportNotDraft, notDraft, signedOut }),
    [returnId, userId, subscribe, setUnsaved, reportRestored, reportSignedOut, reportNotDraft, notDraft, signedOut],
  );

  // Colleagues' saves, every few seconds while the page is shown.
  useEffect(() => {
    if (signedOut || notDraft) return;
    let since: string | null = null;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout>;
    const poll = async () => {
      if (document.visibilityState === "visible") {
        const result = await fetchAnswers(returnId, since);
        if (stopped) return;
        if (result.kind === "signed-out") setSignedOut(true);
        if (result.kind === "ok") {
          since = result.now;
          if (result.returnStatus !== "draft") setNotDraft(result.returnStatus);
          for (const answer of result.answers) listeners.current.get(answer.itemKey)?.forEach((listener) => listener(answer));
        }
      }
      if (!stopped) timer = setTimeout(() => void poll(), POLL_MS);
    };
    timer = setTimeout(() => void poll(), POLL_MS);
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [returnId, signedOut, notDraft]);

  // Leaving with unsaved edits asks first (they are kept in this browser either way).
  useEffect(() => {
    const beforeUnload = (event: BeforeUnloadEvent) => {
      if (unsaved.current.size === 0) return;
      event.preventDefault();
      event.returnValue = editorCopy.beforeUnload;
    };
    window.addEventListener("beforeunload", beforeUnload);
    return () => window.removeEventListener("beforeunload", beforeUnload);
  }, []);

  const signInHref = useSignInHref(signedOut);
  const statusLabel = notDraft ? ((copy.returns.statusLabels as Record<string, string>)[notDraft] ?? notDraft).toLowerCase() : "";

  return (
    <EditorSessionContext.Provider value={session}>
      <div className="app-editor-alerts" role="alert">
        {notDraft && (
          <div className="nhsuk-warning-callout">
            <h2 className="nhsuk-warning-callout__label">{editorCopy.notDraftHeading}</h2>
            <p>{editorCopy.notDraft(statusLabel)}</p>
          </div>
        )}
        {signedOut && !notDraft && (
          <div className="nhsuk-warning-callout">
            <h2 className="nhsuk-warning-callout__label">{editorCopy.signedOutHeading}</h2>
            <p>{editorCopy.signedOut}</p>
            <p>
              <a href={signInHref}>{editorCopy.signInLink}</a>
            </p>
          </div>
        )}
      </div>
      {restored.size > 0 && (
        <div className="nhsuk-inset-text" role="status">
          <h2 className="nhsuk-heading-s">{editorCopy.restoredHeading}</h2>
          <p>{editorCopy.restored(restored.size)}</p>
        </div>
      )}
      {children}
    </EditorSessionContext.Provider>
  );
}

/** Sign-in that comes back to this page (with its filter), read once the session has ended. */
function useSignInHref(signedOut: boolean): string {
  const [href, setHref] = useState("/sign-in");
  useEffect(() => {
    if (signedOut) setHref(`/sign-in?${new URLSearchParams({ callbackUrl: window.location.pathname + window.location.search })}`);
  }, [signedOut]);
  return href;
}
