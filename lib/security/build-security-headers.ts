// The security headers every response carries, built in one place for proxy.ts (which sends
// them) and the tests (which read them back). Pure: no Next or Node imports.

export interface SecurityHeaderOptions {
  /** This response's script and style nonce (fresh per request). */
  readonly nonce: string;
  /** Served over https: adds HSTS and upgrade-insecure-requests. Never on plain http, where both would break the site. */
  readonly https: boolean;
  /** Next's development server evaluates code for its error overlay; production never does. */
  readonly development: boolean;
}

/** Where the design system's stylesheet loads its Frutiger web fonts from. */
export const NHS_FONT_ORIGIN = "https://assets.nhs.uk";

export function buildContentSecurityPolicy({ nonce, https, development }: SecurityHeaderOptions): string {
  const directives: [string, ...string[]][] = [
    ["default-src", "'self'"],
    // 'strict-dynamic': a script Next loads from a nonced script may run; nothing else may,
    // inline or not. Next adds the nonce to its own scripts when it finds it in this header.
    ["script-src", "'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...(development ? ["'unsafe-eval'"] : [])],
    // The stylesheet is a file on this origin; React and Next insert no inline styles in
    // production. The development overlay does, so only there is inline style allowed.
    ["style-src", "'self'", ...(development ? ["'unsafe-inline'"] : [`'nonce-${nonce}'`])],
    ["img-src", "'self'", "data:"],
    ["font-src", "'self'", NHS_FONT_ORIGIN],
    ["connect-src", "'self'", ...(development ? ["ws:"] : [])],
    ["object-src", "'none'"],
    ["base-uri", "'self'"],
    ["form-action", "'self'"],
    ["frame-ancestors", "'none'"],
    ["manifest-src", "'self'"],
    ...(https ? ([["upgrade-insecure-requests"]] as [string][]) : []),
  ];
  return directives.map((directive) => directive.join(" ")).join("; ");
}

/** Powerful browser features this service never uses, switched off for it and anything it frames. */
export const PERMISSIONS_POLICY = [
  "accelerometer=()",
  "autoplay=()",
  "camera=()",
  "display-capture=()",
  "encrypted-media=()",
  "fullscreen=()",
  "geolocation=()",
  "gyroscope=()",
  "magnetometer=()",
  "microphone=()",
  "midi=()",
  "payment=()",
  "picture-in-picture=()",
  "publickey-credentials-get=()",
  "screen-wake-lock=()",
  "sync-xhr=()",
  "usb=()",
  "xr-spatial-tracking=()",
].join(", ");

/** Two years, the preload list's expectation; only ever sent over https. */
export const HSTS = "max-age=63072000; includeSubDomains";

export function buildSecurityHeaders(options: SecurityHeaderOptions): [string, string][] {
  return [
    ["Content-Security-Policy", buildContentSecurityPolicy(options)],
    ["Referrer-Policy", "strict-origin-when-cross-origin"],
    ["Permissions-Policy", PERMISSIONS_POLICY],
    ["X-Content-Type-Options", "nosniff"],
    ["X-Frame-Options", "DENY"],
    ["Cross-Origin-Opener-Policy", "same-origin"],
    ...(options.https ? ([["Strict-Transport-Security", HSTS]] as [string, string][]) : []),
  ];
}
