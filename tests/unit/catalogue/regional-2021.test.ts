import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import regional2021 from "@/lib/catalogue/versions/regional-2021.json";
import { DEFAULT_CATALOGUE_ID, builtinCatalogues, findBuiltinCatalogue } from "@/lib/catalogue/builtin";
import { flattenRatedItems, isStem, parseCatalogue, type Catalogue } from "@/lib/catalogue/schema";

// The BNSSG return (seed 001) in the `score` interchange format; its `levels` keys are the
// catalogue's rated item ids. A copy of ../shared/fixtures/bnssg-2022-23.json, kept in the repo.
const FIXTURE = fileURLToPath(new URL("../../fixtures/bnssg-2022-23.json", import.meta.url));

// The same 75 ids, in catalogue order: the fixture is unordered, this checks the order too.
const RATED_IDS = [
  ...["1.1.1", "1.1.2", "1.1.3", "1.1.4", "1.1.5", "1.1.6", "1.1.7", "1.2.1", "1.2.2", "1.3.1"],
  ...["1.4.1", "1.4.2", "1.4.3", "1.5.1", "1.5.2", "1.6.2", "1.6.3", "1.6.4", "1.7.1"],
  ...["2.1.1", "2.2.1", "2.3.1", "2.4.1", "2.5.1", "2.6.1"],
  ...["3.1.1", "3.2.1", "3.2.2", "3.2.3", "3.2.4", "3.3.1", "3.3.2", "3.3.3", "3.3.4", "3.3.5"],
  ...["3.4.1", "3.5.1", "3.5.2", "3.5.3", "3.6.1", "3.6.2"],
  "4.1.1",
  ...["ambulance", "out-of-hours", "nhs-111", "specialist-palliative-care", "primary-care"].map((s) => `4.1.2/${s}`),
  ...["community-teams", "hospitals", "care-homes", "hospice", "social-care"].map((s) => `4.1.2/${s}`),
  ...["4.1.3", "4.1.4", "4.1.5", "4.1.6", "4.2.1", "4.3.1", "4.3.2", "4.4.1", "4.4.2", "4.4.3", "4.4.4", "4.5.1"],
  ...["5.1.1", "5.2.1", "5.3.1", "5.4.1", "5.4.2", "5.5.1", "5.6.1"],
  ...["6.1.1", "6.2.1", "6.3.1", "6.4.1"],
];

function parsed(): Catalogue {
  const result = parseCatalogue(regional2021);
  if (!result.ok) throw new Error(`regional-2021.json is invalid: ${JSON.stringify(result.problems, null, 2)}`);
  return result.catalogue;
}

const catalogue = parsed();
const rated = flattenRatedItems(catalogue);
const byId = new Map(rated.map((item) => [item.id, item]));
const textOf = (id: string) => byId.get(id)?.text;

/** Every stem in the file, with where it sits. */
function stems(cat: Catalogue) {
  return cat.ambitions.flatMap((ambition) =>
    ambition.sections.flatMap((section) =>
      section.items.filter(isStem).map((stem) => ({ section: section.number, ...stem })),
    ),
  );
}

describe("regional-2021.json", () => {
  it("parses without problems and is the default built-in catalogue", () => {
    expect(parseCatalogue(regional2021)).toMatchObject({ ok: true });
    expect(DEFAULT_CATALOGUE_ID).toBe("regional-2021");
    expect(findBuiltinCatalogue("regional-2021")).toBeDefined();
    expect(builtinCatalogues.map((c) => c.id)).toContain("regional-2021");
  });

  it("has 19, 6, 16, 23, 7 and 4 rated items in ambitions 1 to 6 (75 in all)", () => {
    const perAmbition = [1, 2, 3, 4, 5, 6].map((n) => rated.filter((item) => item.ambition === n).length);
    expect(perAmbition).toEqual([19, 6, 16, 23, 7, 4]);
    expect(rated).toHaveLength(75);
  });

  it("rates exactly the expected ids, in catalogue order, each once", () => {
    expect(rated.map((item) => item.id)).toEqual(RATED_IDS);
    expect(new Set(RATED_IDS).size).toBe(75);
  });

  it("rates exactly the item ids of the BNSSG fixture", () => {
    const fixture = JSON.parse(readFileSync(FIXTURE, "utf8")) as { catalogue: string; levels: Record<string, unknown> };
    expect(fixture.catalogue).toBe(catalogue.id);
    expect(rated.map((item) => item.id).sort()).toEqual(Object.keys(fixture.levels).sort());
  });

  it("never rates a stem", () => {
    const all = stems(catalogue);
    const ids = new Set(rated.map((item) => item.id));
    expect(all.map((stem) => [stem.section, stem.number ?? null])).toEqual([
      ["1.1", null],
      ["1.1", null],
      ["1.6", "1.6.1"],
      ["3.2", null],
      ["4.1", "4.1.2"],
      ["4.4", null],
    ]);
    expect(ids.has("1.6.1")).toBe(false);
    expect(ids.has("4.1.2")).toBe(false);
    for (const stem of all) {
      expect(rated.some((item) => item.text === stem.text)).toBe(false);
    }
  });

  it("hangs the right children off each stem", () => {
    const childIds = (section: string, number: string | null) =>
      stems(catalogue)
        .filter((stem) => stem.section === section && (stem.number ?? null) === number)
        .map((stem) => stem.children.map((child) => child.id ?? child.number));
    expect(childIds("1.1", null)).toEqual([
      ["1.1.1", "1.1.2"],
      ["1.1.3", "1.1.4"],
    ]);
    expect(childIds("1.6", "1.6.1")).toEqual([["1.6.2", "1.6.3", "1.6.4"]]);
    expect(childIds("3.2", null)).toEqual([["3.2.1", "3.2.2", "3.2.3", "3.2.4"]]);
    expect(childIds("4.4", null)).toEqual([["4.4.1", "4.4.2", "4.4.3", "4.4.4"]]);
    expect(childIds("4.1", "4.1.2")[0]).toHaveLength(10);
    // The 4.1.2 services are unnumbered: their ids are their only handle.
    expect(rated.filter((item) => item.id.startsWith("4.1.2/")).every((item) => item.number === null)).toBe(true);
  });

  it("keeps each stem's own wording, and tells rated children which stem they belong to", () => {
    const [palliative, endOfLife] = stems(catalogue).filter((stem) => stem.section === "1.1");
    expect(palliative?.text).toBe(
      "The locality has a recognised approach for personalised care and support planning for palliative care that is recognised and accepted across care settings for:",
    );
    expect(endOfLife?.text).toBe(
      "The locality has a recognised approach to personalised care and support planning for care at the end of life (the last days and hours of life) that is recognised and accepted across care settings for:",
    );
    expect(byId.get("1.6.3")?.stem).toEqual({
      number: "1.6.1",
      text: "The locality has a strategy to reduce traditional barriers between care providers and provide seamless transfers of care including:",
    });
    expect(byId.get("4.1.2/nhs-111")?.stem).toEqual({
      number: "4.1.2",
      text: "EPaCCS information is being shared with the following services:",
    });
    expect(byId.get("3.2.4")?.stem?.text).toBe("The locality have accessible & responsive services to address the following:");
    expect(byId.get("4.4.1")?.stem?.text).toBe("Local end of life strategy is inclusive of approaches to the following groups:");
    expect(byId.get("1.1.5")?.stem).toBeNull();
  });

  it.each([
    ["1.1.1", "Children and Young People"],
    ["1.1.4", "Adults"],
    [
      "1.1.5",
      "The locality records and communicates decisions around Cardio-Pulmonary Resuscitation that is consistent across all care settings",
    ],
    // Wrapped over three lines in the source, with the ICB's level and evidence after it.
    [
      "1.3.1",
      "The locality has a central information point where people can easily access clear information about 'all ages' local palliative and end of life care services, including details about the level of service that they should expect and what they are entitled to",
    ],
    // A double space inside a line is the tool's, not a wrap artefact.
    [
      "1.5.1",
      "The locality is supporting people to take control and to tailor their end of life care through the use of  personal health budgets /integrated budgets",
    ],
    // Wrapped after the word's own hyphen.
    [
      "1.5.2",
      "The locality offers support to enable patients and the people who care for them to self-manage those aspects of their condition which help improve the quality of their life",
    ],
    [
      "1.7.1",
      "Bereaved people within the locality all have equitable access to bereavement and pre-bereavement care, including children and young people and those affected by sudden or traumatic death",
    ],
    [
      "2.1.1",
      "The locality fully understands the current reach of palliative and end of life care services, and local population-based needs assessments across different diseases, social and ethnic groups and are using this information to plan future services",
    ],
    ["3.2.3", "Social Distress"],
    ["3.3.3", "The locality have recognised providers for dispensing end of life medications 24/7"],
    [
      "3.6.2",
      "The locality has systems in place to ensure access to equipment to support people with movement, comfort care and activities of daily living.",
    ],
    ["4.1.2/ambulance", "Ambulance Service"],
    ["4.1.2/community-teams", "Community Teams e.g. District Nurses, Matrons"],
    ["4.1.2/nhs-111", "NHS 111"],
    [
      "4.2.1",
      "A clinical lead is identified for each key provider with allocated time e.g PAs assigned for developing local services and who ensure systems are in place for communication with other providers and agencies",
    ],
    ["4.4.4", "Those with Learning Disabilities"],
    [
      "5.1.1",
      "The locality have a strategy for providing education and training to all paid carers and clinicians\u2019 at every level of expertise",
    ],
    [
      "5.2.1",
      "The locality have specific wellbeing interventions in place to support resilience among the workforce who care for those approaching the end of life e.g. clinical supervision, counselling, peer support",
    ],
    [
      "6.1.1",
      "The locality has a dedicated work programme aimed at building community capacity e.g. Developing the social prescribing offer, promotion of the Dying Well Community Charter, or through the nourishing of compassionate communities",
    ],
    [
      "6.4.1",
      "The locality recruit and train volunteers to specifically support people approaching the end of life, their families and communities",
    ],
  ])("words %s exactly as the tool prints it", (id, text) => {
    expect(textOf(id)).toBe(text);
  });

  it("keeps none of the ICB's levels or evidence in the wording, and no stray whitespace", () => {
    for (const item of rated) {
      expect(item.text, item.id).not.toMatch(/\bLevel [0-5]\b/);
      expect(item.text, item.id).toBe(item.text.trim());
      expect(item.text, item.id).not.toMatch(/\n/);
    }
    expect(rated.map((item) => item.text).join(" ")).not.toMatch(/ReSPECT|see above|Q amy|not yet/);
  });

  it("titles every section after its building block, as the tool prints it", () => {
    const titles = catalogue.ambitions.flatMap((ambition) =>
      ambition.sections.map((section) => `${section.number} ${section.title}`),
    );
    expect(titles).toEqual([
      "1.1 Honest conversations",
      "1.2 Systems for person centred care",
      "1.3 Clear expectations",
      "1.4 Access to social care",
      "1.5 Helping people take control",
      "1.6 Integrated Care",
      "1.7 Good end of life care includes bereavement",
      "2.1 Using existing data",
      "2.2 Community partnerships",
      "2.3 Gathering new data",
      "2.4 Unwavering commitment",
      "2.5 Population based needs assessment and commissioning",
      "2.6 Person centred outcome measurements",
      "3.1 Recognising distress whatever the cause",
      "3.2 Addressing all forms of distress",
      "3.3 Skilled assessment and symptom management",
      "3.4 Priorities for care of the dying person",
      "3.5 Specialist Palliative Care",
      "3.6 Rehabilitative palliative care",
      "4.1 Shared records",
      "4.2 Clear roles and responsibilities",
      "4.3 A system wide response",
      "4.4 Everyone matters",
      "4.5 Continuity in partnership",
      "5.1 Professional ethos",
      "5.2 Support and resilience",
      "5.3 Knowledge based judgement",
      "5.4 Awareness of legislation",
      "5.5 Executive governance",
      "5.6 Using New Technology",
      "6.1 Compassionate and resilient communities",
      "6.2 Public awareness",
      "6.3 Practical support",
      "6.4 Volunteers",
    ]);
  });

  it("documents the ambition 3 title mapping in each ambition 3 section and at the top", () => {
    const ambition3 = catalogue.ambitions[2];
    expect(ambition3?.sections).toHaveLength(6);
    for (const section of ambition3?.sections ?? []) {
      expect(section.comment, section.number).toContain(`${section.number} -> '${section.title}'`);
    }
    expect(JSON.stringify(catalogue.comment)).toContain("Ambition 3's section titles");
  });

  it("uses the level descriptors exactly as seed 001 prints them", () => {
    expect(catalogue.levels).toEqual([
      { level: 0, descriptor: "Not at all ready to achieve/ anticipate barriers to achievement" },
      { level: 1, descriptor: "Desire to achieve this ambition but there are currently no plans in place" },
      { level: 2, descriptor: "Plans are in place towards achieving this ambition" },
      { level: 3, descriptor: "Limited achievement across one or two organisations only" },
      { level: 4, descriptor: "Partially achieving e.g. across most, but not all care settings" },
      { level: 5, descriptor: "Fully achieving e.g. across all care settings, with supporting evidence available" },
    ]);
  });
});
