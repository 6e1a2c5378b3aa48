// The proposed level from partners' levels (docs/proposed-level.md): the worked cases of the
// rule, then properties over random partner sets.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { countPartnerLevels, proposeLevel, type PartnerRating } from "@/lib/scoring";

const at = (level: number | null, evidence = "minutes of the group"): PartnerRating => ({ level, evidence });

describe("proposeLevel", () => {
  it("proposes nothing without partners", () => {
    expect(proposeLevel([])).toMatchObject({ level: null, rule: "no-partners" });
  });

  it("proposes nothing while fewer than half of the partners have rated the item", () => {
    const proposal = proposeLevel([at(4), at(null), at(null)]);
    expect(proposal).toMatchObject({ level: null, rule: "too-few-rated" });
    expect(proposal.reason).toBe("Only 1 of 3 partners rated this item; a level is proposed once at least half have.");
  });

  it("proposes 5 only when every partner is at level 5 with evidence", () => {
    expect(proposeLevel([at(5), at(5), at(5)])).toMatchObject({ level: 5, rule: "all-at-five-with-evidence" });
    expect(proposeLevel([at(5), at(5), at(5, "  ")])).toMatchObject({ level: 4, rule: "most-at-three-or-above" });
    expect(proposeLevel([at(5), at(5), at(null)])).toMatchObject({ level: 4, rule: "most-at-three-or-above" });
  });

  it("proposes 4 when more than half, but not all, are at level 3 or above", () => {
    const proposal = proposeLevel([at(4), at(3), at(1)]);
    expect(proposal).toMatchObject({ level: 4, rule: "most-at-three-or-above" });
    expect(proposal.reason).toBe(
      "2 of 3 partners are at level 3 or above (more than half, but not all): partially achieving across most, but not all care settings.",
    );
  });

  it("never proposes above the best partner: everyone at level 3 proposes 3", () => {
    expect(proposeLevel([at(3), at(3)])).toMatchObject({ level: 3, rule: "most-at-three-or-above" });
  });

  it("proposes 3 when one or two, not more than half, are at level 3 or above", () => {
    expect(proposeLevel([at(4), at(2), at(1), at(0)])).toMatchObject({ level: 3, rule: "some-at-three-or-above" });
    expect(proposeLevel([at(5), at(5), at(2), at(2)])).toMatchObject({ level: 3, rule: "some-at-three-or-above" });
  });

  it("with nobody at 3 or above, proposes the highest level at least half of the partners reached", () => {
    expect(proposeLevel([at(2), at(2), at(1), at(0)])).toMatchObject({ level: 2, rule: "most-reached-below-three" });
    expect(proposeLevel([at(2), at(1), at(0), at(0)])).toMatchObject({ level: 1 });
    expect(proposeLevel([at(2), at(0), at(0), at(null)])).toMatchObject({ level: 0 });
    expect(proposeLevel([at(2), at(null)])).toMatchObject({ level: 2 });
  });

  it("counts how many partners are at each level, unrated apart", () => {
    expect(countPartnerLevels([at(4), at(4), at(0), at(null)])).toEqual({
      atLevel: [1, 0, 0, 0, 2, 0],
      notRated: 1,
      partners: 4,
    });
  });
});

const partner = fc.record({
  level: fc.option(fc.integer({ min: 0, max: 5 }), { nil: null }),
  evidence: fc.constantFrom("", " ", "the audit of 2025"),
});
const partners = fc.array(partner, { maxLength: 12 });
const rank = (level: number | null) => (level === null ? -1 : level);

describe("proposeLevel properties", () => {
  it("is always a level 0-5 or null, and null exactly when fewer than half rated", () => {
    fc.assert(
      fc.property(partners, (set) => {
        const { level } = proposeLevel(set);
        const rated = set.filter((p) => p.level !== null).length;
        expect(level === null || (Number.isInteger(level) && level >= 0 && level <= 5)).toBe(true);
        expect(level === null).toBe(set.length === 0 || rated * 2 < set.length);
      }),
    );
  });

  it("is monotone: raising one partner's level, or adding its evidence, never lowers the proposal", () => {
    fc.assert(
      fc.property(partners.filter((set) => set.length > 0), fc.nat(), fc.integer({ min: 0, max: 5 }), (set, index, raiseTo) => {
        const i = index % set.length;
        const before = set[i]!;
        const raised: PartnerRating[] = [...set];
        raised[i] = {
          level: Math.max(rank(before.level), raiseTo),
          evidence: before.evidence.trim() ? before.evidence : "now with evidence",
        };
        expect(rank(proposeLevel(raised).level)).toBeGreaterThanOrEqual(rank(proposeLevel(set).level));
      }),
    );
  });

  it("proposes 5 for every set of partners all at level 5 with evidence, and only then", () => {
    fc.assert(
      fc.property(partners, (set) => {
        const allFive = set.length > 0 && set.every((p) => p.level === 5 && p.evidence.trim() !== "");
        expect(proposeLevel(set).level === 5).toBe(allFive);
      }),
    );
  });

  it("never proposes above the highest level a partner gave, nor below the lowest when all rated (5 needs evidence)", () => {
    fc.assert(
      fc.property(partners, (set) => {
        const { level } = proposeLevel(set);
        const levels = set.map((p) => p.level).filter((l): l is number => l !== null);
        if (level === null) return;
        expect(level).toBeLessThanOrEqual(Math.max(...levels));
        if (levels.length === set.length) expect(level).toBeGreaterThanOrEqual(Math.min(4, ...levels));
      }),
    );
  });

  it("does not depend on the order of the partners, and counts every partner once", () => {
    fc.assert(
      fc.property(partners, (set) => {
        const reversed = [...set].reverse();
        expect(proposeLevel(reversed).level).toBe(proposeLevel(set).level);
        const counts = countPartnerLevels(set);
        expect(counts.atLevel.reduce((a, b) => a + b, 0) + counts.notRated).toBe(set.length);
      }),
    );
  });
});
