// Small hand-written catalogues, shaped like the real one (stems, unnumbered children, an
// ambition with no sections), so each unit case can be worked out by hand.
import type { ScoringCatalogue, ScoringItem } from "@/lib/scoring";

const numbered = (prefix: string, count: number, first = 1): ScoringItem[] =>
  Array.from({ length: count }, (_, i) => ({ number: `${prefix}.${first + i}`, text: `Item ${prefix}.${first + i}` }));

/**
 * Ambition 1: 1.1 = stem 1.1.1 (not rated) over 1.1.2 and 1.1.3, then 1.1.4; 1.2 = an unnumbered
 * stem over 1.2.1/a and 1.2.1/b. Ambition 2: one section of 8 items (1/8 = 12.5%). Ambition 3:
 * 3.1 of 3 items (2/3), 3.2 of 6 items (1/6). Ambition 4: no sections at all.
 */
export const tiny: ScoringCatalogue = {
  id: "tiny-1",
  ambitions: [
    {
      number: 1,
      name: "First",
      sections: [
        {
          number: "1.1",
          title: "Stems",
          items: [
            {
              stem: true,
              number: "1.1.1",
              text: "The locality does this for:",
              children: [
                { number: "1.1.2", text: "Children and Young People" },
                { number: "1.1.3", text: "Adults" },
              ],
            },
            { number: "1.1.4", text: "A plain item" },
          ],
        },
        {
          number: "1.2",
          title: "Services",
          items: [
            {
              stem: true,
              text: "Information is shared with:",
              children: [
                { id: "1.2.1/a", text: "Service A" },
                { id: "1.2.1/b", text: "Service B" },
              ],
            },
          ],
        },
      ],
    },
    { number: 2, name: "Eighths", sections: [{ number: "2.1", title: "Eight", items: numbered("2.1", 8) }] },
    {
      number: 3,
      name: "Thirds and sixths",
      sections: [
        { number: "3.1", title: "Three", items: numbered("3.1", 3) },
        { number: "3.2", title: "Six", items: numbered("3.2", 6) },
      ],
    },
    { number: 4, name: "Nothing yet", sections: [] },
  ],
};

/** A catalogue of one ambition with one section of `count` items numbered 1.1.1 upwards. */
export function oneSection(count: number, id = `one-section-${count}`): ScoringCatalogue {
  return {
    id,
    ambitions: [{ number: 1, name: "Only", sections: [{ number: "1.1", title: "All", items: numbered("1.1", count) }] }],
  };
}
