// The error codes that reach /sign-in?error=... from next-auth (its own codes, and the ones
// our callbacks raise), turned into one sentence. Anyone can type the query string, so the
// page only ever shows one of these fixed messages, never the text it was given.
import { copy } from "../copy/en";

/** next-auth passes an Error thrown by authorize() to the error page as its message. */
export const LOCKED_ERROR_PREFIX = "SignInPaused:";
export const SSO_NO_ACCOUNT_ERROR = "SsoNoAccount";

const OAUTH_ERRORS = new Set(["OAuthSignin", "OAuthCallback", "OAuthCreateAccount", "OAuthAccountNotLinked", "Callback", "AccessDenied", "Verification", "Configuration"]);

export function describeSignInError(code: unknown): string | null {
  if (typeof code !== "string" || code === "") return null;
  if (code === "CredentialsSignin") return copy.auth.invalidCredentials;
  if (code.startsWith(LOCKED_ERROR_PREFIX)) {
    const minutes = Number(code.slice(LOCKED_ERROR_PREFIX.length));
    return Number.isInteger(minutes) && minutes > 0 && minutes <= 60 ? copy.auth.locked(minutes) : copy.auth.invalidCredentials;
  }
  if (code === SSO_NO_ACCOUNT_ERROR) return copy.auth.ssoNoAccount;
  if (code === "SessionRequired") return copy.auth.sessionEnded;
  if (OAUTH_ERRORS.has(code)) return copy.auth.ssoFailed;
  return copy.auth.unexpected;
}
