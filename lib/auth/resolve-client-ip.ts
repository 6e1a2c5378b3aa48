// Which address a request came from, for the per-address sign-in limit and the audit log.
// Run once per request by proxy.ts (lib/security/trusted-request-headers.ts), whose answer the app reads from CLIENT_IP_HEADER
// (lib/auth/request-headers.ts).

/**
 * The client address: the socket's, or with `trustedProxies` = N > 0, the address the
 * outermost of our N proxies saw, which is the N-th entry from the right of X-Forwarded-For.
 * Entries further left were written by the client and could be anything, so they are never
 * used. Falls back to the socket when the header is shorter than expected.
 */
export function resolveClientIp(request: {
  forwardedFor?: string | string[] | null;
  remoteAddress?: string | null;
  trustedProxies: number;
}): string | null {
  if (request.trustedProxies > 0 && request.forwardedFor) {
    const header = Array.isArray(request.forwardedFor) ? request.forwardedFor.join(",") : request.forwardedFor;
    const hops = header
      .split(",")
      .map((part) => part.trim())
      .filter(Boolean);
    const candidate = hops[hops.length - request.trustedProxies];
    if (candidate && isPlausibleIp(candidate)) return normaliseIp(candidate);
  }
  return request.remoteAddress ? normaliseIp(request.remoteAddress) : null;
}

/**
 * One spelling per address: IPv4 clients of a dual-stack socket appear as ::ffff:10.0.0.1, and
 * some proxies (Azure App Service among them) append the client's port, as 10.0.0.1:50312 or
 * [2001:db8::1]:50312.
 */
export function normaliseIp(address: string): string {
  let value = address.trim().toLowerCase();
  value = /^\[([^\]]+)\](?::\d+)?$/.exec(value)?.[1] ?? value;
  value = /^(\d+\.\d+\.\d+\.\d+):\d+$/.exec(value)?.[1] ?? value;
  value = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(value)?.[1] ?? value;
  return value;
}

function isPlausibleIp(value: string): boolean {
  return /^\[?[0-9a-f:.]{2,45}\]?(?::\d+)?$/i.test(value);
}
