/**
 * Whether a request's Origin header names this site (`host` as the browser asked for it). No
 * Origin, or the opaque "null", is allowed: old browsers send none on same-site form posts, and
 * the session cookie's SameSite=Lax already keeps other sites' posts unauthenticated. A
 * malformed Origin is refused, never an exception.
 */
export function isSameOrigin(origin: string | null, host: string | null): boolean {
  if (!origin || origin === "null") return true;
  if (!URL.canParse(origin)) return false;
  return new URL(origin).host === host;
}
