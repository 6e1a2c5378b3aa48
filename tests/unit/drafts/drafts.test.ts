// The editor's pure pieces: when two answers are the same (so nothing is sent), and which
// items each filter shows.
import { describe, expect, it } from "vitest";
import { matchesItemFilter } from "../../../lib/drafts/matches-item-filter";
import { sameAnswer } from "../../../lib/drafts/same-answer";

describe("sameAnswer", () => {
  it("counts line endings as the server does, and tells level 0 from not rated", () => {
    expect(sameAnswer({ level: 2, evidence: "a\r\nb", gaps: "" }, { level: 2, evidence: "a\nb", gaps: "" })).toBe(true);
    expect(sameAnswer({ level: 0, evidence: "", gaps: "" }, { level: null, evidence: "", gaps: "" })).toBe(false);
    expect(sameAnswer({ level: 1, evidence: "x", gaps: "y" }, { level: 1, evidence: "x", gaps: "y " })).toBe(false);
  });
});

describe("matchesItemFilter", () => {
  const me = "me";
  const facts = (answer: { level: number | null } | undefined, assigneeIds: string[] = [], changed = false) => ({ answer, assigneeIds, userId: me, changed });
  it.each([
    ["all", facts(undefined), true],
    ["unrated", facts(undefined), true],
    ["unrated", facts({ level: null }), true],
    ["unrated", facts({ level: 0 }), false],
    ["assigned", facts(undefined, ["someone"]), false],
    ["assigned", facts(undefined, ["someone", me]), true],
    ["changed", facts({ level: 3 }, [], true), true],
    ["changed", facts({ level: 3 }), false],
  ] as const)("%s on %o is %s", (filter, item, shown) => {
    expect(matchesItemFilter(filter, item)).toBe(shown);
  });
});
