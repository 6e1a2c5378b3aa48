// The request headers the app believes, set here (proxy.ts) and nowhere else, so they mean the
// same under `npm start`, plain `next start` or behind another server: whatever a client sent
// under these names is dropped first.
import { CLIENT_IP_HEADER, REQUEST_PATH_HEADER } from "../request/request-headers";
import { resolveClientIp } from "../auth/resolve-client-ip";

/** The path and query a browser asked for, without Next's internal router parameter. */
export function requestedPath(url: URL): string {
  const params = new URLSearchParams(url.search);
  params.delete("_rsc");
  const search = params.toString();
  return `${url.pathname}${search ? `?${search}` : ""}`;
}

/**
 * A copy of `headers` the app can trust: CLIENT_IP_HEADER and REQUEST_PATH_HEADER replaced by
 * what this request really is, and, with no trusted proxy (TRUST_PROXY=0), X-Forwarded-Host
 * removed, since only a client could have sent it and Next would otherwise compare a form's
 * Origin with it instead of Host.
 *
 * The client address comes from X-Forwarded-For. With trusted proxies it is the entry our
 * outermost proxy wrote (resolveClientIp). Without, it is the one entry Next writes there from
 * the socket when the header is absent: scripts/start.ts removes a client-sent X-Forwarded-For
 * first so that it always is (plain `next start` keeps a client's; see docs/input.md).
 */
export function trustedRequestHeaders(headers: Headers, request: { url: URL; trustedProxies: number }): Headers {
  const trusted = new Headers(headers);
  trusted.delete(CLIENT_IP_HEADER);
  trusted.delete(REQUEST_PATH_HEADER);
  if (request.trustedProxies <= 0) trusted.delete("x-forwarded-host");
  const forwardedFor = headers.get("x-forwarded-for");
  const ip =
    request.trustedProxies > 0
      ? resolveClientIp({ forwardedFor, trustedProxies: request.trustedProxies })
      : resolveClientIp({ remoteAddress: forwardedFor?.split(",").at(-1)?.trim() || null, trustedProxies: 0 });
  if (ip) trusted.set(CLIENT_IP_HEADER, ip);
  trusted.set(REQUEST_PATH_HEADER, requestedPath(request.url));
  return trusted;
}
