import { describe, expect, it } from "vitest";
import { safeCallbackUrl } from "../../../lib/auth/safe-callback-url";

describe("safeCallbackUrl", () => {
  it.each([
    ["/", "/"],
    ["/catalogue", "/catalogue"],
    ["/catalogue?version=regional-2021", "/catalogue?version=regional-2021"],
    ["/catalogue#ambition-4", "/catalogue#ambition-4"],
    ["/a/../catalogue", "/catalogue"],
    // Encoded characters stay encoded in a path on this site: harmless.
    ["/%0a/x", "/%0a/x"],
  ])("keeps the same-site path %s", (input, expected) => {
    expect(safeCallbackUrl(input)).toBe(expected);
  });

  it.each([
    "https://evil.example/",
    "http://localhost:3000/catalogue",
    "//evil.example",
    "///evil.example",
    "/\\evil.example",
    "\\\\evil.example",
    "javascript:alert(1)",
    "/\t/evil.example",
    " /catalogue",
    "catalogue",
    "",
    "/sign-in",
    "/sign-in?callbackUrl=/x",
    "/api/auth/signout",
    "/sign-out",
  ])("refuses %j and answers /", (input) => {
    expect(safeCallbackUrl(input)).toBe("/");
  });

  it("refuses what is not a string", () => {
    expect(safeCallbackUrl(undefined)).toBe("/");
    expect(safeCallbackUrl(["/catalogue"])).toBe("/");
    expect(safeCallbackUrl(null, "/home")).toBe("/home");
  });

  it("accepts a full URL on the app's own origin only, as next-auth writes them", () => {
    expect(safeCallbackUrl("http://localhost:3000/catalogue?version=x", "/", "http://localhost:3000")).toBe("/catalogue?version=x");
    expect(safeCallbackUrl("http://localhost:3001/catalogue", "/", "http://localhost:3000")).toBe("/");
    expect(safeCallbackUrl("https://localhost:3000/catalogue", "/", "http://localhost:3000")).toBe("/");
    expect(safeCallbackUrl("http://localhost:3000//evil.example", "/", "http://localhost:3000")).toBe("/");
    expect(safeCallbackUrl("http://localhost:3000/sign-in", "/", "http://localhost:3000")).toBe("/");
  });

  it("drops Next's internal router parameter", () => {
    expect(safeCallbackUrl("/catalogue?_rsc=abc&version=x")).toBe("/catalogue?version=x");
  });
});
