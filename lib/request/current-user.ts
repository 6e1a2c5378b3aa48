import "server-only";
import { redirect } from "next/navigation";
import { cache } from "react";
import { db } from "../db/prisma";
import { loadSessionUser } from "../auth/load-session-user";
import type { PolicyUser } from "../policy/policy";
import { readSessionId } from "./read-session-id";
import { requestPath } from "./request-path";
import { safeCallbackUrl } from "../auth/safe-callback-url";

export type CurrentUser = PolicyUser & { email: string; name: string; sessionId: string };

// Once per request however many components ask (React's cache is per request on the server),
// and never across requests: each request reads the session, user and memberships afresh.
const loadCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const sessionId = await readSessionId();
  if (!sessionId) return null;
  return loadSessionUser(db(), sessionId);
});

/**
 * The signed-in user of this request, or null: no cookie, a session signed out, idle for more
 * than 8 hours or older than 12, or a disabled user.
 */
export async function getCurrentUser(): Promise<CurrentUser | null> {
  return loadCurrentUser();
}

/**
 * The signed-in user, or a redirect to the sign-in page that comes back to `returnTo` (by
 * default the page being requested) afterwards.
 */
export async function requireUser(returnTo?: string): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (user) return user;
  const back = safeCallbackUrl(returnTo ?? (await requestPath()));
  redirect(`/sign-in?${new URLSearchParams({ callbackUrl: back })}`);
}
