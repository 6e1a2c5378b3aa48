// The web server's answer while the database is unavailable: status 503, Retry-After, and a
// self-contained page in the NHS design system's look, for pages, server actions and route
// handlers alike. In production Next renders any server error as a 500 whose error page knows
// only a digest, so the decision is made here, around Next, from what the database pool
// recorded (lib/db/database-outage.ts) while the request ran. Used by scripts/start.ts.
import type { IncomingMessage, ServerResponse } from "node:http";
import { copy } from "../copy/en";
import { databaseFailureSince, knownDatabaseOutage } from "../db/database-outage";
import { buildSecurityHeaders } from "../security/build-security-headers";
import { createNonce } from "../security/create-nonce";

/** What Retry-After tells clients: long enough for a restart, short enough not to give up. */
export const RETRY_AFTER_SECONDS = 30;

/** How long after a stalled (timed-out) query other requests are answered 503 at once. */
export const KNOWN_OUTAGE_WINDOW_MS = 3_000;

const STYLESHEET = "/nhsuk/nhsuk-frontend.min.css";

// The design system's logo (nhsuk-frontend's header template): markup, not an image request.
const NHS_LOGO = `<svg class="nhsuk-header__logo" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 80" height="40" width="100" focusable="false" role="img" aria-label="NHS"><title>NHS</title><path fill="currentcolor" d="M200 0v80H0V0h200Zm-27.5 5.5c-14.5 0-29 5-29 22 0 10.2 7.7 13.5 14.7 16.3l.7.3c5.4 2 10.1 3.9 10.1 8.4 0 6.5-8.5 7.5-14 7.5s-12.5-1.5-16-3.5L135 70c5.5 2 13.5 3.5 20 3.5 15.5 0 32-4.5 32-22.5 0-19.5-25.5-16.5-25.5-25.5 0-5.5 5.5-6.5 12.5-6.5a35 35 0 0 1 14.5 3l4-13.5c-4.5-2-12-3-20-3Zm-131 2h-22l-14 65H22l9-45h.5l13.5 45h21.5l14-65H64l-9 45h-.5l-13-45Zm63 0h-18l-13 65h17l6-28H117l-5.5 28H129l13.5-65H125L119.5 32h-20l5-24.5Z"/></svg>`;

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * The page, with nothing that needs the database, JavaScript or inline style (the CSP forbids
 * both): plain headings and paragraphs, readable if the stylesheet does not load either.
 */
export function renderServiceUnavailablePage(): string {
  const text = copy.serviceUnavailable;
  const e = escapeHtml;
  return `<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(text.title)} - ${e(copy.service.name)} - ${e(copy.service.organisation)}</title>
<link rel="stylesheet" href="${STYLESHEET}">
</head>
<body class="nhsuk-frontend-supported">
<a class="nhsuk-skip-link" href="#maincontent">${e(copy.layout.skipLink)}</a>
<header class="nhsuk-header" role="banner">
<div class="nhsuk-header__container nhsuk-width-container">
<div class="nhsuk-header__service">
<a class="nhsuk-header__service-logo" href="/" aria-label="${e(copy.service.organisation)} ${e(copy.service.name)} homepage">
${NHS_LOGO}
<span class="nhsuk-header__service-name">${e(copy.service.name)}</span>
</a>
</div>
</div>
</header>
<div class="nhsuk-width-container">
<main class="nhsuk-main-wrapper" id="maincontent">
<div class="nhsuk-grid-row">
<div class="nhsuk-grid-column-two-thirds">
<h1>${e(text.heading)}</h1>
<p>${e(text.body)}</p>
<p>${e(text.retry)}</p>
<p>${e(text.contact)}</p>
<p><a href="/">${e(text.homeLink)}</a></p>
</div>
</div>
</main>
</div>
</body>
</html>
`;
}

let cachedPage: string | undefined;

type WriteHead = ServerResponse["writeHead"];
type End = ServerResponse["end"];

function send(req: IncomingMessage, res: ServerResponse, writeHead: WriteHead, end: End): void {
  // Whatever Next had set for its error page (its content type, caching, cookies) is dropped;
  // only a trusted HSTS header is kept, since this page cannot tell https apart itself.
  const hsts = res.getHeader("strict-transport-security");
  for (const name of res.getHeaderNames()) res.removeHeader(name);
  const body = (cachedPage ??= renderServiceUnavailablePage());
  const headers: Record<string, string | number> = {
    "Content-Type": "text/html; charset=utf-8",
    "Content-Length": Buffer.byteLength(body),
    "Cache-Control": "no-store",
    "Retry-After": RETRY_AFTER_SECONDS,
  };
  for (const [name, value] of buildSecurityHeaders({ nonce: createNonce(), https: false, development: false })) headers[name] = value;
  if (typeof hsts === "string") headers["Strict-Transport-Security"] = hsts;
  (writeHead as (...args: unknown[]) => ServerResponse).call(res, 503, headers);
  (end as (...args: unknown[]) => ServerResponse).call(res, req.method === "HEAD" ? undefined : body);
}

/** Static files and the health check never need the database and always go to Next. */
function needsNoDatabase(url: string | undefined): boolean {
  const pathname = (url ?? "/").split("?")[0] ?? "/";
  return (
    pathname.startsWith("/_next/") ||
    pathname.startsWith("/nhsuk/") ||
    pathname.startsWith("/assets/") ||
    pathname === "/api/health" ||
    /\.[a-z0-9]+$/i.test(pathname)
  );
}

/**
 * Answers 503 at once when the database stalled moments ago (see knownDatabaseOutage), so a
 * page does not wait for the timeout again. Only reads (GET, HEAD): a form post still tries,
 * so sign-in can say in its own form that the service is unavailable. True when answered.
 */
export function answerKnownOutage(req: IncomingMessage, res: ServerResponse): boolean {
  if ((req.method !== "GET" && req.method !== "HEAD") || needsNoDatabase(req.url)) return false;
  if (!knownDatabaseOutage(KNOWN_OUTAGE_WINDOW_MS)) return false;
  send(req, res, res.writeHead, res.end);
  return true;
}

/**
 * Turns this request's server-error response into the 503 page when the database failed for
 * an outage while it ran. Hooks writeHead, which Node also calls for headers sent implicitly by
 * the first write, so it sees the status before anything leaves; a response already streaming
 * with 200, a 404 or a redirect is never touched, nor a 503 the app chose itself (/api/health).
 */
export function replaceOutageErrors(req: IncomingMessage, res: ServerResponse): void {
  const startedAt = Date.now();
  const writeHead = res.writeHead;
  const write = res.write;
  const end = res.end;
  let replaced = false;

  res.writeHead = function (this: ServerResponse, statusCode: number, ...rest: unknown[]) {
    if (!replaced && statusCode >= 500 && statusCode !== 503 && databaseFailureSince(startedAt)) {
      replaced = true;
      send(req, res, writeHead, end);
      return res;
    }
    return (writeHead as (...args: unknown[]) => ServerResponse).call(res, statusCode, ...rest);
  } as WriteHead;

  // Next goes on writing its own error page; it is dropped, and its callbacks still called so
  // nothing waits on them.
  const callBack = (args: unknown[]) => {
    const callback = args.findLast((arg) => typeof arg === "function") as (() => void) | undefined;
    if (callback) process.nextTick(callback);
  };
  res.write = function (this: ServerResponse, ...args: unknown[]) {
    if (replaced) {
      callBack(args);
      return true;
    }
    return (write as (...a: unknown[]) => boolean).apply(res, args);
  } as ServerResponse["write"];
  res.end = function (this: ServerResponse, ...args: unknown[]) {
    if (replaced) {
      callBack(args);
      return res;
    }
    return (end as (...a: unknown[]) => ServerResponse).apply(res, args);
  } as End;
}
