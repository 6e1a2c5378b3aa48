// Where to send someone after signing in. The value arrives in the query string, so anybody
// can write it: only a path on this site is accepted, or "/" (no open redirect to
// https://evil.example, //evil.example, /\evil.example or javascript:...).
const BASE = "http://ambitions.invalid";

/** Pages that would only send a signed-in person straight back here. */
const NOT_AFTER_SIGN_IN = ["/sign-in", "/sign-out", "/api/auth"];

/**
 * `value` as a path on this site, or `fallback`. With `ownOrigin` (NEXTAUTH_URL), a full URL on
 * exactly that origin is accepted too and shortened to its path: next-auth writes callback
 * URLs that way.
 */
export function safeCallbackUrl(value: unknown, fallback = "/", ownOrigin?: string): string {
  if (typeof value !== "string" || value.length === 0 || value.length > 2048) return fallback;
  if (ownOrigin && URL.canParse(value) && URL.canParse(ownOrigin) && new URL(value).origin === new URL(ownOrigin).origin) {
    const own = new URL(value);
    return safeCallbackUrl(`${own.pathname}${own.search}${own.hash}`, fallback);
  }
  if (!value.startsWith("/") || value.startsWith("//")) return fallback;
  // Browsers read a backslash as a slash ("/\evil.example" is "//evil.example"); control
  // characters and spaces are stripped by URL parsers in ways that differ between them.
  if (/[\\\s\u0000-\u001f\u007f]/.test(value)) return fallback;
  let url: URL;
  try {
    url = new URL(value, BASE);
  } catch {
    return fallback;
  }
  if (url.origin !== BASE) return fallback;
  if (NOT_AFTER_SIGN_IN.some((path) => url.pathname === path || url.pathname.startsWith(`${path}/`))) return fallback;
  url.searchParams.delete("_rsc");
  return `${url.pathname}${url.search}${url.hash}`;
}
