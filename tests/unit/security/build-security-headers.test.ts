import { describe, expect, it } from "vitest";
import { buildContentSecurityPolicy, buildSecurityHeaders } from "@/lib/security/build-security-headers";
import { isHttpsRequest } from "@/lib/security/is-https-request";
import { createNonce } from "@/lib/security/create-nonce";

function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp.split(";").map((part) => {
      const [name, ...values] = part.trim().split(/\s+/);
      return [name ?? "", values];
    }),
  );
}

describe("buildContentSecurityPolicy", () => {
  it("allows scripts only by this response's nonce, never eval or inline, in production", () => {
    const csp = directives(buildContentSecurityPolicy({ nonce: "abc123", https: false, development: false }));
    expect(csp.get("script-src")).toEqual(["'self'", "'nonce-abc123'", "'strict-dynamic'"]);
    expect(csp.get("style-src")).toEqual(["'self'", "'nonce-abc123'"]);
    expect([...csp.values()].flat()).not.toContain("'unsafe-eval'");
    expect([...csp.values()].flat()).not.toContain("'unsafe-inline'");
  });

  it("locks down framing, plugins, base and form targets, and names the NHS font host", () => {
    const csp = directives(buildContentSecurityPolicy({ nonce: "n", https: false, development: false }));
    expect(csp.get("frame-ancestors")).toEqual(["'none'"]);
    expect(csp.get("object-src")).toEqual(["'none'"]);
    expect(csp.get("base-uri")).toEqual(["'self'"]);
    expect(csp.get("form-action")).toEqual(["'self'"]);
    expect(csp.get("img-src")).toEqual(["'self'", "data:"]);
    expect(csp.get("font-src")).toEqual(["'self'", "https://assets.nhs.uk"]);
    expect(csp.get("connect-src")).toEqual(["'self'"]);
    expect(csp.has("upgrade-insecure-requests")).toBe(false);
  });

  it("allows eval only for the development server's overlay", () => {
    const csp = directives(buildContentSecurityPolicy({ nonce: "n", https: false, development: true }));
    expect(csp.get("script-src")).toContain("'unsafe-eval'");
  });

  it("upgrades insecure requests only over https", () => {
    expect(directives(buildContentSecurityPolicy({ nonce: "n", https: true, development: false })).has("upgrade-insecure-requests")).toBe(true);
  });
});

describe("buildSecurityHeaders", () => {
  it("sends HSTS over https only", () => {
    const names = (https: boolean) => buildSecurityHeaders({ nonce: "n", https, development: false }).map(([name]) => name);
    expect(names(true)).toContain("Strict-Transport-Security");
    expect(names(false)).not.toContain("Strict-Transport-Security");
    expect(names(false)).toEqual(
      expect.arrayContaining(["Content-Security-Policy", "Referrer-Policy", "Permissions-Policy", "X-Content-Type-Options", "X-Frame-Options"]),
    );
  });
});

describe("isHttpsRequest", () => {
  it("believes X-Forwarded-Proto only from trusted proxies", () => {
    expect(isHttpsRequest({ forwardedProto: "https", trustedProxies: 0 })).toBe(false);
    expect(isHttpsRequest({ forwardedProto: "https", trustedProxies: 1 })).toBe(true);
    expect(isHttpsRequest({ forwardedProto: "http", trustedProxies: 1 })).toBe(false);
    expect(isHttpsRequest({ forwardedProto: null, trustedProxies: 1 })).toBe(false);
  });

  it("reads the entry the outermost trusted proxy wrote when proxies append", () => {
    // The client wrote "https" itself; our one proxy appended "http".
    expect(isHttpsRequest({ forwardedProto: "https, http", trustedProxies: 1 })).toBe(false);
    expect(isHttpsRequest({ forwardedProto: "http, https", trustedProxies: 1 })).toBe(true);
    expect(isHttpsRequest({ forwardedProto: "https, http", trustedProxies: 2 })).toBe(true);
  });
});

describe("createNonce", () => {
  it("is 128 random bits, different every time", () => {
    const nonces = new Set(Array.from({ length: 100 }, createNonce));
    expect(nonces.size).toBe(100);
    for (const nonce of nonces) expect(Buffer.from(nonce, "base64")).toHaveLength(16);
  });
});
