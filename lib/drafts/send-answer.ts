import type { AnswerFields, RemoteAnswer } from "./answer-types";

/** What became of one autosave, one case per answer of the API (and "failed": try again later). */
export type SendResult =
  | { kind: "saved"; revision: number; changed: boolean; savedAt: string; savedBy: { id: string; name: string } }
  | { kind: "stale"; theirs: Omit<RemoteAnswer, "itemKey"> }
  | { kind: "not-draft"; returnStatus: string }
  | { kind: "signed-out" }
  | { kind: "refused"; message: string }
  | { kind: "not-found" }
  | { kind: "invalid"; errors: { field: string; message: string }[] }
  | { kind: "failed" };

/** Sends one item's answer, typed against `expectedRevision`, to the autosave API. Never throws. */
export async function sendAnswer(
  returnId: string,
  itemKey: string,
  answer: AnswerFields,
  expectedRevision: number,
  signal?: AbortSignal,
): Promise<SendResult> {
  let response: Response;
  try {
    response = await fetch(`/api/returns/${encodeURIComponent(returnId)}/answers`, {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/json" },
      body: JSON.stringify({ itemKey, level: answer.level, evidence: answer.evidence, gaps: answer.gaps, expectedRevision }),
      credentials: "same-origin",
      // A redirect (to sign-in) is a signed-out answer, not a page to parse.
      redirect: "manual",
      cache: "no-store",
      signal,
    });
  } catch {
    return { kind: "failed" };
  }
  if (response.type === "opaqueredirect" || response.status === 401) return { kind: "signed-out" };
  const body = (await response.json().catch(() => null)) as Record<string, unknown> | null;
  if (response.status === 200 && body?.status === "saved") {
    return {
      kind: "saved",
      revision: Number(body.revision),
      changed: body.changed !== false,
      savedAt: String(body.savedAt),
      savedBy: body.savedBy as { id: string; name: string },
    };
  }
  if (response.status === 409 && body?.status === "stale") return { kind: "stale", theirs: body.theirs as Omit<RemoteAnswer, "itemKey"> };
  if (response.status === 409 && body?.status === "not-draft") return { kind: "not-draft", returnStatus: String(body.returnStatus) };
  if (response.status === 403) return { kind: "refused", message: typeof body?.message === "string" ? body.message : "" };
  if (response.status === 404) return { kind: "not-found" };
  if (response.status === 400 && Array.isArray(body?.errors)) return { kind: "invalid", errors: body.errors as { field: string; message: string }[] };
  return { kind: "failed" };
}
