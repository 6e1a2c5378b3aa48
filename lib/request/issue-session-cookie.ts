import "server-only";
import { encode } from "next-auth/jwt";
import { cookies } from "next/headers";
import { SESSION_COOKIE_MAX_AGE_SECONDS, authSecret, sessionCookie } from "../auth/session-cookie";

/**
 * Sets the session cookie for a UserSession row, exactly as next-auth does after single
 * sign-on (same name, same encryption, same token: only the session id). For server actions
 * and route handlers, where cookies can be written.
 */
export async function issueSessionCookie(sessionId: string): Promise<void> {
  const token = await encode({ token: { sessionId }, secret: authSecret(), maxAge: SESSION_COOKIE_MAX_AGE_SECONDS });
  const cookie = sessionCookie();
  (await cookies()).set(cookie.name, token, { ...cookie.options, maxAge: SESSION_COOKIE_MAX_AGE_SECONDS });
}
