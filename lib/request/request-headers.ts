// Request headers that proxy.ts sets on every request before the app sees it, always dropping
// whatever a client sent under these names first, so the app can trust them
// (lib/security/trusted-request-headers.ts).

/** The client's address, resolved once by resolveClientIp (lib/auth/resolve-client-ip.ts). */
export const CLIENT_IP_HEADER = "x-ambitions-client-ip";

/**
 * The path and query the browser asked for: a server component cannot otherwise know its own
 * URL, and requireUser() sends people back to it after signing in.
 */
export const REQUEST_PATH_HEADER = "x-ambitions-request-path";
