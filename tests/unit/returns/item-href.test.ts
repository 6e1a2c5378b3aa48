import { describe, expect, it } from "vitest";
import { assignHref, itemHref, itemKeyFromSegments } from "../../../lib/returns/item-href";

describe("item addresses", () => {
  it("turn unnumbered item keys into path segments and back", () => {
    expect(itemHref("r", "4.1.2/ambulance")).toBe("/returns/r/items/4.1.2/ambulance");
    expect(assignHref("r", "1.1.2")).toBe("/returns/r/assign/1.1.2");
    expect(itemKeyFromSegments(["4.1.2", "ambulance"])).toBe("4.1.2/ambulance");
    expect(itemKeyFromSegments(itemHref("r", "4.1.2/out-of-hours").split("/").slice(4))).toBe("4.1.2/out-of-hours");
  });

  it("read a malformed escape as a key that matches nothing rather than failing", () => {
    expect(itemKeyFromSegments(["%E0%A4%A"])).toBe("%E0%A4%A");
  });

  it("read a control character (%00) as U+FFFD, which no key holds and PostgreSQL stores, rather than a NUL the query would fail on", () => {
    expect(itemKeyFromSegments(["1.1.1%00"])).toBe("1.1.1\uFFFD");
    expect(itemKeyFromSegments(["4.1.2", "amb%01ulance"])).toBe("4.1.2/amb\uFFFDulance");
  });
});
