// The session cookie, described once for next-auth (single sign-on) and for our own sign-in
// and sign-out (password), so both write and read the same cookie.
import { env } from "../env";
import { ConfigError } from "../errors";
import { SESSION_ABSOLUTE_MS } from "./session-lifetime";

export type SessionCookie = {
  name: string;
  options: { httpOnly: true; sameSite: "lax"; path: "/"; secure: boolean };
};

/**
 * httpOnly (no script can read it), SameSite=Lax (not sent on cross-site POSTs), and Secure
 * with the __Secure- prefix whenever the app is served over https (NEXTAUTH_URL).
 */
export function sessionCookie(): SessionCookie {
  const secure = env().NEXTAUTH_URL?.startsWith("https://") ?? false;
  return {
    name: secure ? "__Secure-ambitions.session" : "ambitions.session",
    options: { httpOnly: true, sameSite: "lax", path: "/", secure },
  };
}

/** The cookie (and the JWT inside it) expires this long after sign-in; the row's idle limit is shorter. */
export const SESSION_COOKIE_MAX_AGE_SECONDS = SESSION_ABSOLUTE_MS / 1000;

/** The key the session JWT is encrypted with. npm start always provides one. */
export function authSecret(): string {
  const secret = env().NEXTAUTH_SECRET;
  if (!secret) throw new ConfigError(["NEXTAUTH_SECRET is not set: start the app with npm start."]);
  return secret;
}
