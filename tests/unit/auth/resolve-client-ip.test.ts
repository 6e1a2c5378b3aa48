import { describe, expect, it } from "vitest";
import { normaliseIp, resolveClientIp } from "../../../lib/auth/resolve-client-ip";

describe("resolveClientIp", () => {
  it("uses the socket address and ignores X-Forwarded-For when no proxy is trusted", () => {
    expect(resolveClientIp({ forwardedFor: "203.0.113.9", remoteAddress: "10.1.2.3", trustedProxies: 0 })).toBe("10.1.2.3");
  });

  it("with one trusted proxy, takes the address that proxy appended (the last entry)", () => {
    expect(resolveClientIp({ forwardedFor: "203.0.113.9", remoteAddress: "10.0.0.1", trustedProxies: 1 })).toBe("203.0.113.9");
    // A client that sends its own header cannot choose its address: its value is further left.
    expect(resolveClientIp({ forwardedFor: "1.1.1.1, 203.0.113.9", remoteAddress: "10.0.0.1", trustedProxies: 1 })).toBe(
      "203.0.113.9",
    );
  });

  it("with two trusted proxies, takes the second entry from the right", () => {
    expect(
      resolveClientIp({ forwardedFor: "1.1.1.1, 203.0.113.9, 10.0.0.7", remoteAddress: "10.0.0.1", trustedProxies: 2 }),
    ).toBe("203.0.113.9");
  });

  it("joins repeated X-Forwarded-For headers in order", () => {
    expect(resolveClientIp({ forwardedFor: ["1.1.1.1", "203.0.113.9"], remoteAddress: "10.0.0.1", trustedProxies: 1 })).toBe(
      "203.0.113.9",
    );
  });

  it("falls back to the socket when the header is missing, too short or not an address", () => {
    expect(resolveClientIp({ remoteAddress: "10.0.0.1", trustedProxies: 1 })).toBe("10.0.0.1");
    expect(resolveClientIp({ forwardedFor: "203.0.113.9", remoteAddress: "10.0.0.1", trustedProxies: 2 })).toBe("10.0.0.1");
    expect(resolveClientIp({ forwardedFor: "<script>", remoteAddress: "10.0.0.1", trustedProxies: 1 })).toBe("10.0.0.1");
  });

  it("answers null when nothing is known", () => {
    expect(resolveClientIp({ trustedProxies: 0 })).toBeNull();
  });
});

describe("normaliseIp", () => {
  it.each([
    ["::ffff:10.1.2.3", "10.1.2.3"],
    ["203.0.113.9:50312", "203.0.113.9"],
    ["[2001:DB8::1]:443", "2001:db8::1"],
    ["2001:db8::1", "2001:db8::1"],
    [" 10.0.0.1 ", "10.0.0.1"],
  ])("spells %s as %s", (input, expected) => {
    expect(normaliseIp(input)).toBe(expected);
  });
});
