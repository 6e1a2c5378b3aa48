import "server-only";
import { decode } from "next-auth/jwt";
import { cookies } from "next/headers";
import { authSecret, sessionCookie } from "../auth/session-cookie";

/**
 * The UserSession id named by this request's session cookie, or null. The cookie is a JWT
 * encrypted with NEXTAUTH_SECRET carrying nothing but that id; a forged, tampered or expired
 * one decodes to nothing.
 */
export async function readSessionId(): Promise<string | null> {
  const value = (await cookies()).get(sessionCookie().name)?.value;
  if (!value) return null;
  try {
    const token = await decode({ token: value, secret: authSecret() });
    return typeof token?.sessionId === "string" ? token.sessionId : null;
  } catch {
    return null;
  }
}
