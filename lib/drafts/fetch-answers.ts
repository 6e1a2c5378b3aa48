import type { RemoteAnswer } from "./answer-types";

export type FetchAnswersResult =
  | { kind: "ok"; returnStatus: string; now: string; answers: RemoteAnswer[] }
  | { kind: "signed-out" }
  | { kind: "failed" };

/** The answers of a return saved after `since` (all when absent), for showing colleagues' saves. Never throws. */
export async function fetchAnswers(returnId: string, since: string | null): Promise<FetchAnswersResult> {
  const query = since ? `?${new URLSearchParams({ since })}` : "";
  try {
    const response = await fetch(`/api/returns/${encodeURIComponent(returnId)}/answers${query}`, {
      headers: { accept: "application/json" },
      credentials: "same-origin",
      redirect: "manual",
      cache: "no-store",
    });
    if (response.type === "opaqueredirect" || response.status === 401) return { kind: "signed-out" };
    if (!response.ok) return { kind: "failed" };
    const body = (await response.json()) as { returnStatus: string; now: string; answers: RemoteAnswer[] };
    return { kind: "ok", returnStatus: body.returnStatus, now: body.now, answers: body.answers };
  } catch {
    return { kind: "failed" };
  }
}
