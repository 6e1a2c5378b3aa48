/**
 * Whether the browser reached us over https. The app's own server speaks plain http (see
 * scripts/start.ts), so https only ever means a reverse proxy terminated TLS and said so in
 * X-Forwarded-Proto. That header is believed only with TRUST_PROXY (`trustedProxies`) > 0:
 * any client can send it, and Next even builds the request URL's protocol from it, so
 * neither it nor `request.nextUrl.protocol` is evidence on its own. When proxies append to
 * the header, the entry our outermost proxy wrote is the `trustedProxies`-th from the right,
 * as for X-Forwarded-For.
 */
export function isHttpsRequest(request: { forwardedProto: string | null; trustedProxies: number }): boolean {
  if (request.trustedProxies <= 0 || !request.forwardedProto) return false;
  const hops = request.forwardedProto
    .split(",")
    .map((part) => part.trim().toLowerCase())
    .filter(Boolean);
  const outermost = hops.length === 1 ? hops[0] : hops[hops.length - request.trustedProxies];
  return outermost === "https";
}
