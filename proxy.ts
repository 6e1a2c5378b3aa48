// Runs before every request (no matcher: pages, route handlers, server actions, static files
// and public/ alike), to put the security headers on every response.
//
// The Content-Security-Policy carries a fresh nonce per request. Next reads it back from the
// request's own Content-Security-Policy header while rendering and stamps it on every script
// it emits, so scripts need no 'unsafe-inline'; the root layout reads the request headers,
// which renders every page per request (a page built ahead of time would carry no nonce and
// its scripts would be refused).
import { NextResponse, type NextRequest } from "next/server";
import { env } from "./lib/env";
import { buildSecurityHeaders } from "./lib/security/build-security-headers";
import { createNonce } from "./lib/security/create-nonce";
import { isHttpsRequest } from "./lib/security/is-https-request";
import { NONCE_HEADER } from "./lib/security/nonce-header";

export function proxy(request: NextRequest) {
  const nonce = createNonce();
  const headers = buildSecurityHeaders({
    nonce,
    https: isHttpsRequest({
      forwardedProto: request.headers.get("x-forwarded-proto"),
      trustedProxies: env().TRUST_PROXY,
    }),
    development: process.env.NODE_ENV === "development",
  });
  const csp = headers.find(([name]) => name === "Content-Security-Policy")?.[1] ?? "";

  const requestHeaders = new Headers(request.headers);
  requestHeaders.set(NONCE_HEADER, nonce);
  requestHeaders.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  for (const [name, value] of headers) response.headers.set(name, value);
  return response;
}
