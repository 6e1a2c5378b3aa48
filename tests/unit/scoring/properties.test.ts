import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { prepareCatalogue, roundedShare, scoreReturn, type Levels, type ScoringCatalogue } from "@/lib/scoring";
import { tiny } from "./synthetic-catalogues";

let generated = 0;

/** A catalogue of 1-6 ambitions, each of 0-4 sections of 1-30 items, some under a stem. */
const catalogueArbitrary: fc.Arbitrary<ScoringCatalogue> = fc
  .array(fc.array(fc.record({ size: fc.integer({ min: 1, max: 30 }), stem: fc.boolean() }), { maxLength: 4 }), {
    minLength: 1,
    maxLength: 6,
  })
  .map((ambitions) => ({
    id: `generated-${++generated}`,
    ambitions: ambitions.map((sections, a) => ({
      number: a + 1,
      name: `Ambition ${a + 1}`,
      sections: sections.map(({ size, stem }, s) => {
        const prefix = `${a + 1}.${s + 1}`;
        const items = Array.from({ length: size }, (_, i) => ({ number: `${prefix}.${i + 2}`, text: `Item ${i}` }));
        return {
          number: prefix,
          title: `Section ${prefix}`,
          items: stem ? [{ stem: true as const, number: `${prefix}.1`, text: "Stem:", children: items }] : items,
        };
      }),
    })),
  }));

const ids = (catalogue: ScoringCatalogue) => prepareCatalogue(catalogue).items.map((item) => item.id);

/** A catalogue with a return on it: each item at a level, left null, or missing from the map. */
const scoredArbitrary = (options: { fullyRated: boolean }) =>
  catalogueArbitrary.chain((catalogue) => {
    const level = fc.integer({ min: 0, max: 5 });
    const entry = options.fullyRated ? level : fc.oneof(level, fc.constant(null), fc.constant(undefined), fc.constant("missing" as const));
    return fc.tuple(fc.constant(catalogue), fc.array(entry, { minLength: ids(catalogue).length, maxLength: ids(catalogue).length })).map(
      ([catalogue, values]) => {
        const levels: Record<string, number | null | undefined> = {};
        ids(catalogue).forEach((id, index) => {
          const value = values[index];
          if (value !== "missing") levels[id] = value;
        });
        return { catalogue, levels: levels as Levels };
      },
    );
  });

describe("scoring properties", () => {
  it("gives a fully rated ambition shares that add up to 100 within rounding", () => {
    fc.assert(
      fc.property(scoredArbitrary({ fullyRated: true }), ({ catalogue, levels }) => {
        for (const ambition of scoreReturn(catalogue, levels).ambitions) {
          if (ambition.items === 0) continue;
          const sum = ambition.shares.reduce((total, share) => total + share, 0);
          // Six shares, each at most 0.05 from its exact value.
          expect(Math.abs(sum - 100)).toBeLessThanOrEqual(0.3 + 1e-9);
        }
      }),
    );
  });

  it("gives level 3 and above as the rounded share of items at 3, 4 and 5, and every share from its count", () => {
    fc.assert(
      fc.property(scoredArbitrary({ fullyRated: false }), ({ catalogue, levels }) => {
        const score = scoreReturn(catalogue, levels);
        for (const group of [...score.ambitions, ...score.sections, score.overall]) {
          const [, , , c3, c4, c5] = group.counts;
          expect(group.level3Plus).toBe(roundedShare(c3 + c4 + c5, group.items));
          group.counts.forEach((count, level) => expect(group.shares[level]).toBe(roundedShare(count, group.items)));
        }
      }),
    );
  });

  it("counts every item once: not rated plus the counts is the number of items", () => {
    fc.assert(
      fc.property(scoredArbitrary({ fullyRated: false }), ({ catalogue, levels }) => {
        const score = scoreReturn(catalogue, levels);
        for (const group of [...score.ambitions, ...score.sections, score.overall]) {
          expect(group.notRated + group.counts.reduce((total, count) => total + count, 0)).toBe(group.items);
        }
        const rated = Object.values(levels).filter((level) => typeof level === "number");
        expect(score.overall.items).toBe(ids(catalogue).length);
        expect(score.overall.notRated).toBe(ids(catalogue).length - rated.length);
        for (let level = 0; level < 6; level++) {
          expect(score.overall.counts[level]).toBe(rated.filter((value) => value === level).length);
        }
      }),
    );
  });

  it("does not depend on the order of the keys", () => {
    fc.assert(
      fc.property(
        scoredArbitrary({ fullyRated: false }).chain(({ catalogue, levels }) =>
          fc.tuple(fc.constant(catalogue), fc.constant(levels), fc.shuffledSubarray(Object.entries(levels), { minLength: Object.keys(levels).length })),
        ),
        ([catalogue, levels, shuffled]) => {
          expect(scoreReturn(catalogue, Object.fromEntries(shuffled))).toEqual(scoreReturn(catalogue, levels));
        },
      ),
    );
  });

  it("puts 100.0 at level k and 0.0 elsewhere when every item is at level k", () => {
    fc.assert(
      fc.property(catalogueArbitrary, fc.integer({ min: 0, max: 5 }), (catalogue, k) => {
        const score = scoreReturn(catalogue, Object.fromEntries(ids(catalogue).map((id) => [id, k])));
        const expected = [0, 0, 0, 0, 0, 0];
        expected[k] = 100;
        for (const group of [...score.ambitions, ...score.sections, score.overall]) {
          if (group.items === 0) continue;
          expect(group.shares).toEqual(expected);
          expect(group.level3Plus).toBe(k >= 3 ? 100 : 0);
          expect(group.notRated).toBe(0);
        }
      }),
    );
  });

  it("holds on the hand-written catalogue with stems and unnumbered items too", () => {
    const tinyIds = ids(tiny);
    fc.assert(
      fc.property(fc.array(fc.option(fc.integer({ min: 0, max: 5 })), { minLength: tinyIds.length, maxLength: tinyIds.length }), (values) => {
        const levels = Object.fromEntries(tinyIds.map((id, index) => [id, values[index]]));
        const score = scoreReturn(tiny, levels);
        expect(score.overall.notRated).toBe(values.filter((value) => value === null).length);
        expect(score.ambitions.reduce((total, ambition) => total + ambition.items, 0)).toBe(tinyIds.length);
      }),
    );
  });
});
