"use client";
// One item's autosave: what its boxes hold, what the server holds, and the state in between.
// Every edit is written to the browser's storage first (so a reload, a closed tab, a dropped
// connection or an expired session loses nothing), then sent about a second after typing
// pauses, when a box loses focus, or soon after a level is chosen. The storage entry is removed
// only once the server has confirmed exactly what it holds.
import { useCallback, useEffect, useRef, useState } from "react";
import type { AnswerFields, RemoteAnswer } from "./answer-types";
import { useEditorSession } from "./editor-session-context";
import { readDrafts } from "./read-drafts";
import { sameAnswer } from "./same-answer";
import { sendAnswer } from "./send-answer";
import { writeDraft } from "./write-draft";

/** The server's version of an item: its fields, revision (0: never saved), who saved it and when. */
export type ServerAnswer = AnswerFields & { revision: number; savedAt: string | null; savedByName: string | null };

export type Theirs = ServerAnswer & { savedAt: string; savedByName: string };

export type SaveStatus =
  | { kind: "idle" }
  | { kind: "saving" }
  | { kind: "saved"; at: string }
  | { kind: "retrying" }
  | { kind: "conflict"; theirs: Theirs }
  | { kind: "kept-theirs"; who: string }
  | { kind: "colleague"; who: string; at: string }
  | { kind: "signed-out" }
  | { kind: "not-draft" }
  | { kind: "refused"; message: string };

/** How long typing must pause before a save. */
export const TYPING_PAUSE_MS = 1000;
/** A level chosen with the arrow keys passes through others: save the one the person stops on. */
const LEVEL_PAUSE_MS = 300;
const FIRST_RETRY_MS = 2000;
const LAST_RETRY_MS = 30_000;

export function useItemAutosave(itemKey: string, initial: ServerAnswer) {
  const session = useEditorSession();
  const sessionRef = useRef(session);
  const [fields, setFieldsState] = useState<AnswerFields>({ level: initial.level, evidence: initial.evidence, gaps: initial.gaps });
  const [server, setServerState] = useState<ServerAnswer>(initial);
  const [status, setStatus] = useState<SaveStatus>({ kind: "idle" });
  // Their version kept beside the boxes while the person edits a combination of both.
  const [reference, setReference] = useState<Theirs | null>(null);

  const fieldsRef = useRef(fields);
  const serverRef = useRef(server);
  const statusRef = useRef(status);
  /** The revision the boxes' content was typed against: sent as expectedRevision. */
  const baseRevision = useRef(initial.revision);
  const inFlight = useRef(false);
  const again = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const retryDelay = useRef(FIRST_RETRY_MS);
  const focused = useRef(false);

  useEffect(() => {
    sessionRef.current = session;
  }, [session]);

  const setFields = useCallback((next: AnswerFields) => {
    fieldsRef.current = next;
    setFieldsState(next);
  }, []);
  const setServer = useCallback((next: ServerAnswer) => {
    serverRef.current = next;
    setServerState(next);
  }, []);
  const setStatusBoth = useCallback((next: SaveStatus) => {
    statusRef.current = next;
    setStatus(next);
  }, []);

  const keep = useCallback(() => {
    const { userId, returnId } = sessionRef.current;
    const unsaved = !sameAnswer(fieldsRef.current, serverRef.current) || baseRevision.current !== serverRef.current.revision;
    writeDraft(userId, returnId, itemKey, unsaved ? { ...fieldsRef.current, baseRevision: baseRevision.current, typedAt: new Date().toISOString() } : null);
    sessionRef.current.setUnsaved(itemKey, unsaved);
    return unsaved;
  }, [itemKey]);

  const blocked = () => {
    const kind = statusRef.current.kind;
    return kind === "conflict" || kind === "not-draft" || sessionRef.current.notDraft !== null || sessionRef.current.signedOut;
  };

  const send = useCallback(async (): Promise<void> => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    if (blocked()) return;
    if (inFlight.current) {
      again.current = true;
      return;
    }
    const sent = fieldsRef.current;
    const expected = baseRevision.current;
    if (sameAnswer(sent, serverRef.current) && expected === serverRef.current.revision) {
      keep();
      return;
    }
    inFlight.current = true;
    setStatusBoth({ kind: "saving" });
    const result = await sendAnswer(sessionRef.current.returnId, itemKey, sent, expected);
    inFlight.current = false;
    switch (result.kind) {
      case "saved": {
        retryDelay.current = FIRST_RETRY_MS;
        baseRevision.current = result.revision;
        setServer({ ...sent, revision: result.revision, savedAt: result.savedAt, savedByName: result.savedBy?.name ?? null });
        setReference(null);
        setStatusBoth({ kind: "saved", at: result.savedAt });
        // Typed on while it was on its way: that is sent next, against the revision just made.
        if (keep()) again.current = true;
        break;
      }
      case "stale": {
        const theirs = result.theirs;
        setStatusBoth({
          kind: "conflict",
          theirs: {
            level: theirs.level,
            evidence: theirs.evidence,
            gaps: theirs.gaps,
            revision: theirs.revision,
            savedAt: theirs.savedAt,
            savedByName: theirs.savedBy?.name ?? "",
          },
        });
        again.current = false;
        break;
      }
      case "not-draft":
        setStatusBoth({ kind: "not-draft" });
        sessionRef.current.reportNotDraft(result.returnStatus);
        again.current = false;
        break;
      case "signed-out":
        setStatusBoth({ kind: "signed-out" });
        sessionRef.current.reportSignedOut();
        again.current = false;
        break;
      case "refused":
      case "not-found":
        setStatusBoth({ kind: "refused", message: result.kind === "refused" ? result.message : "" });
        again.current = false;
        break;
      case "invalid":
        setStatusBoth({ kind: "refused", message: result.errors.map((error) => error.message).join(" ") });
        again.current = false;
        break;
      case "failed": {
        setStatusBoth({ kind: "retrying" });
        const delay = retryDelay.current;
        retryDelay.current = Math.min(delay * 2, LAST_RETRY_MS);
        timer.current = setTimeout(() => void send(), delay);
        again.current = false;
        break;
      }
    }
    if (again.current) {
      again.current = false;
      void send();
    }
  }, [itemKey, keep, setServer, setStatusBoth]);

  const schedule = useCallback(
    (delay: number) => {
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => void send(), delay);
    },
    [send],
  );

  /** An edit: kept in the browser at once, sent after a pause (a level sooner). */
  const change = useCallback(
    (patch: Partial<AnswerFields>) => {
      setFields({ ...fieldsRef.current, ...patch });
      keep();
      if (statusRef.current.kind === "conflict") return;
      if (statusRef.current.kind === "refused") setStatusBoth({ kind: "idle" });
      schedule("level" in patch ? LEVEL_PAUSE_MS : TYPING_PAUSE_MS);
    },
    [keep, schedule, setFields, setStatusBoth],
  );

  /** A box lost focus: send what it holds now rather than after the pause. */
  const flush = useCallback(() => {
    if (!sameAnswer(fieldsRef.current, serverRef.current) || baseRevision.current !== serverRef.current.revision) void send();
  }, [send]);

  const keepTheirs = useCallback(() => {
    const current = statusRef.current;
    if (current.kind !== "conflict") return;
    const { theirs } = current;
    baseRevision.current = theirs.revision;
    setServer(theirs);
    setFields({ level: theirs.level, evidence: theirs.evidence, gaps: theirs.gaps });
    keep();
    setStatusBoth({ kind: "kept-theirs", who: theirs.savedByName });
  }, [keep, setFields, setServer, setStatusBoth]);

  /** Overwrites their save deliberately: sent against their revision, so theirs stays in the history. */
  const keepMine = useCallback(() => {
    const current = statusRef.current;
    if (current.kind !== "conflict") return;
    baseRevision.current = current.theirs.revision;
    setServer(current.theirs);
    keep();
    setStatusBoth({ kind: "idle" });
    void send();
  }, [keep, send, setServer, setStatusBoth]);

  /** Their version stays beside the boxes; what the person makes of both is saved against their revision. */
  const combine = useCallback(() => {
    const current = statusRef.current;
    if (current.kind !== "conflict") return;
    baseRevision.current = current.theirs.revision;
    setServer(current.theirs);
    setReference(current.theirs);
    keep();
    setStatusBoth({ kind: "idle" });
  }, [keep, setServer, setStatusBoth]);

  // Edits this browser kept from before (reload, closed tab, offline, signed out): shown and sent.
  useEffect(() => {
    const draft = readDrafts(session.userId, session.returnId).get(itemKey);
    if (!draft) return;
    const restored = { level: draft.level, evidence: draft.evidence, gaps: draft.gaps };
    if (sameAnswer(restored, serverRef.current) && draft.baseRevision === serverRef.current.revision) {
      writeDraft(session.userId, session.returnId, itemKey, null);
      return;
    }
    baseRevision.current = draft.baseRevision;
    setFields(restored);
    session.setUnsaved(itemKey, true);
    session.reportRestored(itemKey);
    schedule(0);
    // Once, when the page opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // A colleague's save: shown at once unless the person is in this item or has unsaved edits in
  // it (their next save then meets it as a conflict, side by side).
  useEffect(
    () =>
      session.subscribe(itemKey, (answer: RemoteAnswer) => {
        if (answer.revision <= serverRef.current.revision) return;
        const dirty = !sameAnswer(fieldsRef.current, serverRef.current) || baseRevision.current !== serverRef.current.revision;
        if (focused.current || dirty || inFlight.current || statusRef.current.kind === "conflict") return;
        const next: ServerAnswer = {
          level: answer.level,
          evidence: answer.evidence,
          gaps: answer.gaps,
          revision: answer.revision,
          savedAt: answer.savedAt,
          savedByName: answer.savedBy?.name ?? null,
        };
        baseRevision.current = answer.revision;
        setServer(next);
        setFields({ level: answer.level, evidence: answer.evidence, gaps: answer.gaps });
        setStatusBoth({ kind: "colleague", who: answer.savedBy?.name ?? "", at: answer.savedAt });
      }),
    [itemKey, session, setFields, setServer, setStatusBoth],
  );

  // Back online: what waits for a retry goes now.
  useEffect(() => {
    const online = () => {
      if (statusRef.current.kind === "retrying") {
        retryDelay.current = FIRST_RETRY_MS;
        void send();
      }
    };
    window.addEventListener("online", online);
    return () => window.removeEventListener("online", online);
  }, [send]);

  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );

  return { fields, server, status, reference, change, flush, keepTheirs, keepMine, combine, focused };
}
