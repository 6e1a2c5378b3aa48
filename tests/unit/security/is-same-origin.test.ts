import { describe, expect, it } from "vitest";
import { isSameOrigin } from "@/lib/security/is-same-origin";

describe("isSameOrigin", () => {
  it("allows this site, and a missing or opaque Origin (same-site posts from older browsers)", () => {
    expect(isSameOrigin("http://localhost:3000", "localhost:3000")).toBe(true);
    expect(isSameOrigin(null, "localhost:3000")).toBe(true);
    expect(isSameOrigin("null", "localhost:3000")).toBe(true);
  });

  it("refuses another site, another port, and a malformed Origin without throwing", () => {
    expect(isSameOrigin("http://evil.example", "localhost:3000")).toBe(false);
    expect(isSameOrigin("http://localhost:3001", "localhost:3000")).toBe(false);
    expect(isSameOrigin("::::", "localhost:3000")).toBe(false);
    expect(isSameOrigin("http://[", "localhost:3000")).toBe(false);
  });
});
