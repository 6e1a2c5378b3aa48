// Cross-site request forgery: a request that can change something must come from one of this
// service's own pages. Next checks Server Actions itself, but answers a mismatch with a 500 (and
// a malformed Origin with an unhandled TypeError); proxy.ts answers 403 first, for actions and
// route handlers alike.

/** Methods that never change anything here, so are never refused for their origin. */
const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export interface OriginCheckInput {
  readonly method: string;
  /** The Origin header, or null when the browser sent none. */
  readonly origin: string | null;
  /** The Host header. */
  readonly host: string | null;
  /** X-Forwarded-Host: believed only with trusted proxies, whose outermost one wrote its first entry. */
  readonly forwardedHost: string | null;
  readonly trustedProxies: number;
  /** Other hosts (host[:port]) whose pages may post here; none by default. */
  readonly allowedHosts?: readonly string[];
}

/**
 * "allowed" or "refused". A request without Origin is allowed: every browser this service
 * supports sends Origin on a POST, so one without it is not a browser acting for someone (and
 * the session cookie is SameSite=Lax, so another site's form would not carry it anyway).
 * "null" (an opaque origin) and anything that is not a URL are refused.
 */
export function checkOrigin(input: OriginCheckInput): "allowed" | "refused" {
  if (SAFE_METHODS.has(input.method.toUpperCase())) return "allowed";
  if (input.origin === null) return "allowed";
  let originHost: string;
  try {
    const url = new URL(input.origin);
    if (url.protocol !== "http:" && url.protocol !== "https:") return "refused";
    originHost = url.host.toLowerCase();
  } catch {
    return "refused";
  }
  const hosts = [input.host, input.trustedProxies > 0 ? (input.forwardedHost?.split(",")[0] ?? null) : null, ...(input.allowedHosts ?? [])]
    .map((host) => host?.trim().toLowerCase())
    .filter((host): host is string => !!host);
  return hosts.includes(originHost) ? "allowed" : "refused";
}
