// Runs before every request (no matcher: pages, route handlers, server actions, static files
// and public/ alike). In order, it:
// 1. answers 404 for a path no page can serve (malformed escapes, control characters such as
//    %00), the same 404 whatever ids the path holds (lib/security/servable-path.ts);
// 2. answers 403 for a request that can change something sent from another site, or with an
//    Origin that is not a URL (lib/security/check-origin.ts);
// 3. answers 413 for a body over the limit and 400 for a Server Action body Next could not
//    decode (lib/security/body-limit.ts, check-action-body.ts);
// 4. replaces the request headers the app trusts (client address, request path) with what
//    this request really is, dropping any copies a client sent, and drops X-Forwarded-Host when
//    no proxy is trusted (lib/security/trusted-request-headers.ts);
// 5. puts the security headers on every response, this one included.
//
// The Content-Security-Policy carries a fresh nonce per request. Next reads it back from the
// request's own Content-Security-Policy header while rendering and stamps it on every script
// it emits, so scripts need no 'unsafe-inline'; the root layout reads the request headers,
// which renders every page per request (a page built ahead of time would carry no nonce and
// its scripts would be refused).
import { NextResponse, type NextRequest } from "next/server";
import { env } from "./lib/env";
import { exceedsBodyLimit } from "./lib/security/body-limit";
import { buildSecurityHeaders } from "./lib/security/build-security-headers";
import { checkActionBody, isActionRequest } from "./lib/security/check-action-body";
import { checkOrigin } from "./lib/security/check-origin";
import { createNonce } from "./lib/security/create-nonce";
import { isHttpsRequest } from "./lib/security/is-https-request";
import { NONCE_HEADER } from "./lib/security/nonce-header";
import { refusalHtml, refusalContent, type Refusal } from "./lib/security/refusal-response";
import { isServablePath } from "./lib/security/servable-path";
import { trustedRequestHeaders } from "./lib/security/trusted-request-headers";
import { exceedsUploadLimit, isWorkbookUploadPath } from "./lib/security/upload-body-limit";

/** A path that cannot exist, so Next renders the app's own not-found page with a 404. */
const NOT_FOUND_PATH = "/_not-found-path";

function withHeaders(response: NextResponse, headers: [string, string][]): NextResponse {
  for (const [name, value] of headers) response.headers.set(name, value);
  return response;
}

function refuse(refusal: Refusal, headers: [string, string][]): NextResponse {
  const response = new NextResponse(refusalHtml(refusal), {
    status: refusalContent(refusal).status,
    headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" },
  });
  return withHeaders(response, headers);
}

export async function proxy(request: NextRequest) {
  const trustedProxies = env().TRUST_PROXY;
  const nonce = createNonce();
  const headers = buildSecurityHeaders({
    nonce,
    https: isHttpsRequest({ forwardedProto: request.headers.get("x-forwarded-proto"), trustedProxies }),
    development: process.env.NODE_ENV === "development",
  });
  const csp = headers.find(([name]) => name === "Content-Security-Policy")?.[1] ?? "";

  const requestHeaders = trustedRequestHeaders(request.headers, { url: request.nextUrl, trustedProxies });
  requestHeaders.set(NONCE_HEADER, nonce);
  requestHeaders.set("Content-Security-Policy", csp);

  const { pathname } = request.nextUrl;
  if (!isServablePath(pathname)) {
    return withHeaders(NextResponse.rewrite(new URL(NOT_FOUND_PATH, request.url), { request: { headers: requestHeaders } }), headers);
  }

  const origin = checkOrigin({
    method: request.method,
    origin: request.headers.get("origin"),
    host: request.headers.get("host"),
    forwardedHost: request.headers.get("x-forwarded-host"),
    trustedProxies,
  });
  if (origin === "refused") return refuse("forbidden", headers);

  // The workbook upload is a route handler with its own, larger limit (lib/security/upload-body-limit.ts).
  const upload = isWorkbookUploadPath(pathname);
  if (upload ? exceedsUploadLimit(request.headers.get("content-length")) : exceedsBodyLimit(request.headers.get("content-length"))) return refuse("too-large", headers);
  if (!upload && isActionRequest({ method: request.method, headers: request.headers, pathname })) {
    const body = new Uint8Array(await request.arrayBuffer());
    const check = await checkActionBody({ headers: request.headers, body });
    if (check === "too-large") return refuse("too-large", headers);
    if (check === "malformed") return refuse("bad-request", headers);
  }

  return withHeaders(NextResponse.next({ request: { headers: requestHeaders } }), headers);
}
