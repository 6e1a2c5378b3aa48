import { describe, expect, it } from "vitest";
import type { CatalogueVersionView } from "../../../lib/catalogue/get-catalogue-version";
import { checkReturnAnswers, type ReturnForCheck } from "../../../lib/returns/check-return-answers";

// Two ambitions: 1 has items 1.1.1 and a stem 1.1.2 with two children; 2 has 2.1.1.
const CATALOGUE: CatalogueVersionView = {
  id: "v",
  title: "Test",
  source: null,
  isDefault: true,
  levels: [],
  foundations: [],
  ambitions: [
    {
      number: 1,
      name: "One",
      statement: "",
      ratedItems: 3,
      sections: [
        {
          number: "1.1",
          title: "Section",
          nodes: [
            { kind: "item", key: "1.1.1", number: "1.1.1", text: "First" },
            {
              kind: "stem",
              key: "1.1.2",
              number: "1.1.2",
              text: "Services",
              children: [
                { kind: "item", key: "1.1.2/a", number: null, text: "A" },
                { kind: "item", key: "1.1.2/b", number: null, text: "B" },
              ],
            },
          ],
        },
      ],
    },
    { number: 2, name: "Two", statement: "", ratedItems: 1, sections: [{ number: "2.1", title: "S", nodes: [{ kind: "item", key: "2.1.1", number: "2.1.1", text: "Only" }] }] },
  ],
};

function stored(overrides: Partial<ReturnForCheck> = {}): ReturnForCheck {
  return { completedBy: "", completionDate: null, livedExperience: "", answers: new Map(), assignees: new Map(), ...overrides };
}

describe("check your answers", () => {
  it("lists every unrated item by ambition, children of stems included, and the empty front-sheet fields", () => {
    const check = checkReturnAnswers(CATALOGUE, stored({ answers: new Map([["1.1.2/a", { level: 2, evidence: "" }]]) }));
    expect(check.total).toBe(4);
    expect(check.rated).toBe(1);
    expect(check.unratedByAmbition.map((entry) => [entry.ambition, entry.total, entry.items.map((item) => item.key)])).toEqual([
      [1, 3, ["1.1.1", "1.1.2/b"]],
      [2, 1, ["2.1.1"]],
    ]);
    expect(check.unratedByAmbition[0]!.items[1]!.stemText).toBe("Services");
    expect(check.emptyFields).toEqual(["completedBy", "completionDate", "livedExperience"]);
    expect(check.complete).toBe(false);
  });

  it("treats an answer saved as not rated (level null, text written) as unrated, not as level 0", () => {
    const check = checkReturnAnswers(CATALOGUE, stored({ answers: new Map([["1.1.1", { level: null, evidence: "notes" }], ["2.1.1", { level: 0, evidence: "" }]]) }));
    expect(check.rated).toBe(1);
    expect(check.unratedByAmbition[0]!.items.map((item) => item.key)).toContain("1.1.1");
    expect(check.unratedByAmbition[1]!.items).toEqual([]);
  });

  it("points out level 3 and above with no evidence (white space is none), but not lower levels", () => {
    const answers = new Map([
      ["1.1.1", { level: 3, evidence: "  \n" }],
      ["1.1.2/a", { level: 5, evidence: "Audit 2026" }],
      ["1.1.2/b", { level: 2, evidence: "" }],
      ["2.1.1", { level: 4, evidence: "" }],
    ]);
    const check = checkReturnAnswers(CATALOGUE, stored({ answers }));
    expect(check.highWithoutEvidence.map((item) => [item.key, item.level])).toEqual([
      ["1.1.1", 3],
      ["2.1.1", 4],
    ]);
  });

  it("lists assigned items their assignees have not rated, and not rated assigned ones", () => {
    const check = checkReturnAnswers(
      CATALOGUE,
      stored({
        answers: new Map([["1.1.1", { level: 1, evidence: "" }]]),
        assignees: new Map([
          ["1.1.1", ["u1"]],
          ["2.1.1", ["u1", "u2"]],
        ]),
      }),
    );
    expect(check.assignedUnrated.map((item) => [item.key, item.assigneeIds])).toEqual([["2.1.1", ["u1", "u2"]]]);
  });

  it("is complete when every item is rated, evidenced at level 3 and above, and the front sheet is filled in", () => {
    const answers = new Map(["1.1.1", "1.1.2/a", "1.1.2/b", "2.1.1"].map((key) => [key, { level: 3, evidence: "Seen" }]));
    const full = stored({ completedBy: "EoLC group", completionDate: new Date("2026-11-30"), livedExperience: "Carers' forum", answers });
    expect(checkReturnAnswers(CATALOGUE, full)).toMatchObject({ complete: true, rated: 4, emptyFields: [], highWithoutEvidence: [] });
    expect(checkReturnAnswers(CATALOGUE, { ...full, livedExperience: "   " }).emptyFields).toEqual(["livedExperience"]);
  });
});
