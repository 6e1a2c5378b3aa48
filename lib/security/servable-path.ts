/**
 * Whether a request path can name anything in this service. Not when a segment's percent
 * escapes are malformed (`%E0%A4%A`: decodeURIComponent would throw in the page) or it holds a
 * control character, raw or escaped (`%00`: PostgreSQL refuses a NUL in text, so the lookup
 * would fail). Such a path answers the same 404 whatever ids it carries, before any page looks
 * them up, so the answer cannot tell an existing return from a made-up one.
 */
export function isServablePath(pathname: string): boolean {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return false;
  }
  return !/[\u0000-\u001F\u007F-\u009F]/.test(decoded);
}
