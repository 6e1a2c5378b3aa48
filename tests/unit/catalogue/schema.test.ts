import { describe, expect, it } from "vitest";
import regional2021 from "@/lib/catalogue/versions/regional-2021.json";
import {
  flattenRatedItems,
  formatIssuePath,
  parseCatalogue,
  type CatalogueProblem,
} from "@/lib/catalogue/schema";
import { formatCatalogueProblems } from "@/lib/catalogue/format-problems";

// Catalogue files are untyped JSON until parsed, so the edits below work on plain data.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

/** A fresh copy of the real file, edited by `edit`, then parsed. */
function problemsAfter(edit: (file: Json) => void): CatalogueProblem[] {
  const file: Json = structuredClone(regional2021);
  edit(file);
  const result = parseCatalogue(file);
  if (result.ok) throw new Error("expected the edited catalogue to be rejected");
  return result.problems;
}

// Handy paths into the real file.
const ambition4 = (file: Json) => file.ambitions[3];
const section41 = (file: Json) => ambition4(file).sections[0]; // 4.1 Shared records
const services412 = (file: Json) => section41(file).items[1].children; // the 4.1.2 stem's children
const honest = (file: Json) => file.ambitions[0].sections[0]; // 1.1 Honest conversations

describe("parseCatalogue", () => {
  it("accepts the built-in file and returns the parsed catalogue", () => {
    const result = parseCatalogue(structuredClone(regional2021));
    expect(result.ok).toBe(true);
    if (result.ok) expect(flattenRatedItems(result.catalogue)).toHaveLength(75);
  });

  it("accepts a small hand-made catalogue with a numbered stem and unnumbered children", () => {
    const ambitions = [1, 2, 3, 4, 5, 6].map((n) => ({ number: n, name: `Ambition ${n}`, statement: "I ...", sections: [] as Json[] }));
    ambitions[3]!.sections.push({
      number: "4.1",
      title: "Shared records",
      items: [
        { number: "4.1.1", text: "A" },
        { stem: true, number: "4.1.2", text: "Shared with:", children: [{ id: "4.1.2/gp", text: "GP" }] },
      ],
    });
    const result = parseCatalogue({
      id: "tiny-1",
      title: "Tiny",
      levels: [0, 1, 2, 3, 4, 5].map((level) => ({ level, descriptor: `Level ${level}` })),
      foundations: [],
      ambitions,
    });
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(flattenRatedItems(result.catalogue).map((item) => item.id)).toEqual(["4.1.1", "4.1.2/gp"]);
    }
  });

  it("reports a control character in any string by its path (PostgreSQL refuses a NUL in text)", () => {
    const problems = problemsAfter((file) => {
      file.title = "Regional\u0000 tool";
      honest(file).items[0].text = "Item\u0007 text";
      honest(file).comment = "note\u0000";
      services412(file)[0].text = "Ambulance\u001b";
    });
    const message = "must not contain control characters (such as \\u0000) other than tab and line breaks";
    expect(problems).toEqual(
      expect.arrayContaining([
        { path: "title", message },
        { path: "ambitions[0].sections[0].items[0].text", message },
        { path: "ambitions[0].sections[0].comment", message },
        { path: "ambitions[3].sections[0].items[1].children[0].text", message },
      ]),
    );
    expect(problems).toHaveLength(4);
  });

  it("reports a duplicated item number at the second occurrence, by path", () => {
    // 4.1.1 renumbered 4.2.1: wrong section where it stands, and a duplicate where 4.2.1 really is.
    const problems = problemsAfter((file) => {
      section41(file).items[0].number = "4.2.1";
    });
    expect(problems).toEqual([
      { path: "ambitions[3].sections[0].items[0].number", message: "4.2.1 does not belong to 4.1" },
      { path: "ambitions[3].sections[1].items[0].number", message: "duplicate 4.2.1" },
    ]);
  });

  it("reports a duplicated id among unnumbered items", () => {
    const problems = problemsAfter((file) => {
      services412(file)[8].id = "4.1.2/hospitals"; // the hospice row
    });
    expect(problems).toEqual([
      { path: "ambitions[3].sections[0].items[1].children[8].id", message: "duplicate id 4.1.2/hospitals" },
    ]);
  });

  it("reports a duplicated stem number", () => {
    const problems = problemsAfter((file) => {
      file.ambitions[0].sections[5].items[0].number = "1.6.2"; // the 1.6.1 stem
    });
    expect(problems).toEqual([
      { path: "ambitions[0].sections[5].items[0].children[0].number", message: "duplicate 1.6.2" },
    ]);
  });

  it("reports an unnumbered item without an id", () => {
    const problems = problemsAfter((file) => {
      delete services412(file)[0].id;
    });
    expect(problems).toEqual([
      { path: "ambitions[3].sections[0].items[1].children[0].id", message: "an unnumbered item needs an id" },
    ]);
  });

  it("reports an id that differs from the item's number, or belongs elsewhere", () => {
    expect(
      problemsAfter((file) => {
        honest(file).items[2].id = "1.1.9";
      }),
    ).toEqual([{ path: "ambitions[0].sections[0].items[2].id", message: "id 1.1.9 differs from number 1.1.5" }]);
    expect(
      problemsAfter((file) => {
        services412(file)[0].id = "4.2.1/ambulance";
      }),
    ).toEqual([{ path: "ambitions[3].sections[0].items[1].children[0].id", message: "4.2.1/ambulance does not belong to 4.1.2" }]);
  });

  it("reports missing and empty text where it is", () => {
    expect(
      problemsAfter((file) => {
        delete honest(file).items[2].text;
      }),
    ).toEqual([{ path: "ambitions[0].sections[0].items[2].text", message: "Invalid input: expected string, received undefined" }]);
    expect(
      problemsAfter((file) => {
        honest(file).items[2].text = "   ";
      }),
    ).toEqual([{ path: "ambitions[0].sections[0].items[2].text", message: "must not be empty" }]);
    expect(
      problemsAfter((file) => {
        honest(file).title = "";
      }),
    ).toEqual([{ path: "ambitions[0].sections[0].title", message: "must not be empty" }]);
  });

  it("reports levels out of order at each misplaced level", () => {
    const problems = problemsAfter((file) => {
      [file.levels[0], file.levels[1]] = [file.levels[1], file.levels[0]];
    });
    expect(problems).toEqual([
      { path: "levels[0].level", message: "expected level 0" },
      { path: "levels[1].level", message: "expected level 1" },
    ]);
  });

  it("reports a missing level and a level outside 0-5", () => {
    expect(problemsAfter((file) => file.levels.pop())).toEqual([{ path: "levels", message: "must list the six levels 0 to 5" }]);
    expect(
      problemsAfter((file) => {
        file.levels[5].level = 6;
      }),
    ).toEqual([
      { path: "levels[5].level", message: "Too big: expected number to be <=5" },
      { path: "levels[5].level", message: "expected level 5" },
    ]);
  });

  it("reports a section numbered for the wrong ambition, and every item it then misplaces", () => {
    const problems = problemsAfter((file) => {
      file.ambitions[1].sections[0].number = "3.9"; // was 2.1, holding 2.1.1
    });
    expect(problems).toEqual([
      { path: "ambitions[1].sections[0].number", message: "3.9 does not belong to ambition 2" },
      { path: "ambitions[1].sections[0].items[0].number", message: "2.1.1 does not belong to 3.9" },
    ]);
  });

  it("reports an item numbered like its own section", () => {
    const problems = problemsAfter((file) => {
      file.ambitions[4].sections[0].items[0].number = "5.1";
    });
    expect(problems).toEqual([
      { path: "ambitions[4].sections[0].items[0].number", message: "5.1 is the section's own number; number its items 5.1.1, 5.1.2, ..." },
    ]);
  });

  it("reports ambitions out of order", () => {
    const problems = problemsAfter((file) => {
      [file.ambitions[4], file.ambitions[5]] = [file.ambitions[5], file.ambitions[4]];
    });
    expect(problems).toContainEqual({ path: "ambitions[4].number", message: "expected ambition 5" });
    expect(problems).toContainEqual({ path: "ambitions[5].number", message: "expected ambition 6" });
  });

  it("reports every numbering problem at once, with the format problems beside them", () => {
    const problems = problemsAfter((file) => {
      [file.levels[2], file.levels[3]] = [file.levels[3], file.levels[2]];
      file.ambitions[5].sections[3].number = "5.9"; // 6.4 Volunteers
      section41(file).items[0].number = "4.2.1";
      delete services412(file)[9].id;
      honest(file).items[2].colour = "red"; // neither an unknown key nor an empty text hides the rules above
      file.ambitions[1].sections[0].items[0].text = "";
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        { path: "ambitions[0].sections[0].items[2]", message: 'Unrecognized key: "colour"' },
        { path: "ambitions[1].sections[0].items[0].text", message: "must not be empty" },
        { path: "levels[2].level", message: "expected level 2" },
        { path: "levels[3].level", message: "expected level 3" },
        { path: "ambitions[3].sections[0].items[0].number", message: "4.2.1 does not belong to 4.1" },
        { path: "ambitions[3].sections[0].items[1].children[9].id", message: "an unnumbered item needs an id" },
        { path: "ambitions[3].sections[1].items[0].number", message: "duplicate 4.2.1" },
        { path: "ambitions[5].sections[3].number", message: "5.9 does not belong to ambition 6" },
        { path: "ambitions[5].sections[3].items[0].number", message: "6.4.1 does not belong to 5.9" },
      ]),
    );
    expect(problems).toHaveLength(9);
  });

  it("reports every structural problem at once", () => {
    const problems = problemsAfter((file) => {
      file.id = "Regional 2021";
      delete file.ambitions[0].name;
      honest(file).items[0].children[1].text = "";
      delete file.ambitions[2].sections[1].items[0].children; // the 3.2 stem
      file.ambitions[4].sections[0].items[0].number = "5.1.x";
      file.foundations[0].number = "one";
    });
    expect(problems).toEqual([
      { path: "id", message: "must be lower-case letters, digits and hyphens" },
      { path: "foundations[0].number", message: "Invalid input: expected number, received string" },
      { path: "ambitions[0].name", message: "Invalid input: expected string, received undefined" },
      { path: "ambitions[0].sections[0].items[0].children[1].text", message: "must not be empty" },
      { path: "ambitions[2].sections[1].items[0].children", message: "Invalid input: expected array, received undefined" },
      { path: "ambitions[4].sections[0].items[0].number", message: "must look like 1.2.3" },
    ]);
  });

  describe("a malformed stem or item is reported inside the node, not as 'Invalid input' at the node", () => {
    it.each<[string, (file: Json) => void, CatalogueProblem[]]>([
      [
        "a stem without children",
        (file) => delete honest(file).items[0].children,
        [{ path: "ambitions[0].sections[0].items[0].children", message: "Invalid input: expected array, received undefined" }],
      ],
      [
        "a stem with no children",
        (file) => (honest(file).items[0].children = []),
        [{ path: "ambitions[0].sections[0].items[0].children", message: "a stem needs at least one child item" }],
      ],
      [
        "children without stem: true",
        (file) => delete honest(file).items[0].stem,
        [{ path: "ambitions[0].sections[0].items[0].stem", message: "Invalid input: expected true" }],
      ],
      [
        "stem: false",
        (file) => (honest(file).items[0].stem = false),
        [{ path: "ambitions[0].sections[0].items[0].stem", message: "Invalid input: expected true" }],
      ],
      [
        "a stem child without text",
        (file) => delete honest(file).items[1].children[1].text,
        [{ path: "ambitions[0].sections[0].items[1].children[1].text", message: "Invalid input: expected string, received undefined" }],
      ],
      [
        "a stem child that is itself a stem",
        (file) => (honest(file).items[1].children[1].stem = true),
        [{ path: "ambitions[0].sections[0].items[1].children[1]", message: 'Unrecognized key: "stem"' }],
      ],
      [
        "an item with an unknown key",
        (file) => (honest(file).items[3].colour = "red"),
        [{ path: "ambitions[0].sections[0].items[3]", message: 'Unrecognized key: "colour"' }],
      ],
      [
        "an item that is not an object",
        (file) => (honest(file).items[3] = "1.1.6 The locality has a training strategy"),
        [{ path: "ambitions[0].sections[0].items[3]", message: "Invalid input: expected object, received string" }],
      ],
      [
        "an item number that is not dotted",
        (file) => (honest(file).items[3].number = "1-1-6"),
        // A format problem leaves the node's shape intact, so the numbering rules still run on it.
        [
          { path: "ambitions[0].sections[0].items[3].number", message: "must look like 1.2.3" },
          { path: "ambitions[0].sections[0].items[3].number", message: "1-1-6 does not belong to 1.1" },
        ],
      ],
      [
        "a malformed id",
        (file) => (services412(file)[0].id = "4.1.2/Ambulance Service"),
        [{ path: "ambitions[3].sections[0].items[1].children[0].id", message: "must look like 4.1.2 or 4.1.2/service-name" }],
      ],
    ])("%s", (_name, edit, expected) => {
      expect(problemsAfter(edit)).toEqual(expected);
    });
  });

  it("rejects a file that is not a catalogue at all", () => {
    const result = parseCatalogue("not json object");
    expect(result).toEqual({ ok: false, problems: [{ path: "(file)", message: "Invalid input: expected object, received string" }] });
  });

  it("formats problems one per line with their path", () => {
    const problems = problemsAfter((file) => {
      section41(file).items[0].number = "4.2.1";
    });
    expect(formatCatalogueProblems(problems)).toBe(
      "  ambitions[3].sections[0].items[0].number: 4.2.1 does not belong to 4.1\n" +
        "  ambitions[3].sections[1].items[0].number: duplicate 4.2.1",
    );
  });
});

describe("formatIssuePath", () => {
  it("writes paths the way a person reads the file", () => {
    expect(formatIssuePath([])).toBe("(file)");
    expect(formatIssuePath(["levels", 2, "level"])).toBe("levels[2].level");
    expect(formatIssuePath(["ambitions", 3, "sections", 0, "items", 1, "children", 9, "id"])).toBe(
      "ambitions[3].sections[0].items[1].children[9].id",
    );
  });
});
