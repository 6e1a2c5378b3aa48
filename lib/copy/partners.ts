// Words of partners' returns (docs/partner-returns.md), the proposed level (docs/proposed-level.md)
// and "what moved and why".
const partnersWord = (count: number) => `${count} partner${count === 1 ? "" : "s"}`;

export const partnersCopy = {
  page: {
    title: "Ask partners to self-assess",
    lede: (title: string) =>
      `Start a draft self-assessment "${title}" for each of the ICB's places and providers you choose, on the same catalogue. Their own people fill it in; you see what they said on each item of this self-assessment.`,
    noPartners: "This ICB has no places or providers yet. An administrator adds them in Organisations.",
    tableCaption: "Places and providers",
    columns: { organisation: "Organisation", people: "People", progress: "Their self-assessment" },
    notAsked: "Not asked yet",
    progress: (rated: number, items: number) => `${rated} of ${items} items rated`,
    openVisible: "Open",
    openHidden: (name: string) => ` ${name}'s self-assessment`,
    chooseLegend: "Which places and providers should self-assess?",
    chooseHint: "Those already asked keep the self-assessment they have.",
    noPeople: " (nobody has a role here yet: invite them from Invitations)",
    button: "Ask them to self-assess",
    readOnly: "Only the programme manager can ask partners, while this self-assessment is a draft.",
    asked: (created: number, already: number) =>
      `${created} partner self-assessment${created === 1 ? "" : "s"} started` + (already > 0 ? `; ${already} already asked` : "") + ".",
    gapsHeading: "What partners said, by ambition",
    gapsLink: (number: number, name: string) => `Ambition ${number}: ${name}`,
    link: "Partners' self-assessments",
  },
  section: {
    heading: "Partners' self-assessments",
    body: "Ask the ICB's places and providers to self-assess, see how far they have got, and read what they said on each item and their gaps by ambition.",
  },
  errors: {
    noneChosen: "Choose at least one place or provider",
  },
  said: {
    heading: "What our partners said",
    lede: (asked: number) =>
      `${partnersWord(asked)} asked. Each partner's latest level, evidence and gaps, as they stand now. Nothing is averaged: you set the ICB's level.`,
    countsCaption: "How many partners are at each level",
    countsColumns: { level: "Level", partners: "Partners" },
    status: { draft: "draft", submitted: "submitted", signed_off: "signed off" },
    partnerCaption: (name: string, status: string) => `${name} (${status})`,
    level: "Level",
    evidence: "Evidence",
    gaps: "Gaps",
    none: "None given",
    proposedHeading: "Proposed level",
    proposed: (level: number) => `Level ${level}`,
    noProposal: "No proposed level",
    why: "Why: ",
    useProposed: (level: number) => `Use the proposed level (Level ${level})`,
  },
  reason: {
    label: "Why this level? (optional)",
    hintProposal: (level: number) => `If you choose a level other than the proposed Level ${level}, say why in a sentence or two.`,
    hintMoved: (level: number | null) =>
      level === null
        ? "The self-assessment this came from did not rate this item. If you rate it now, say why in a sentence or two."
        : `The self-assessment this came from had Level ${level}. If the level changes, say why in a sentence or two.`,
    promptProposal: (level: number) => `You chose a level other than the proposed Level ${level}: please say why.`,
    promptMoved: (level: number | null) =>
      level === null ? "This item was not rated last time: please say why it is rated now." : `This item was Level ${level} last time: please say why it moved.`,
    tooLong: (max: number) => `Reason for the level must be ${max} characters or fewer`,
    name: "Reason for the level",
  },
  gaps: {
    title: (number: number) => `What partners said: ambition ${number}`,
    caption: "You said",
    lede: "Every partner's gaps on this ambition's items, as they stand in their self-assessments, with who said them.",
    none: "No partner has written gaps on this ambition's items yet.",
    said: (name: string, level: string) => `${name}, ${level}`,
    makeAction: "Make an action",
    makeActionHidden: (item: string, name: string) => ` from ${name}'s gap on ${item}`,
  },
  moved: {
    heading: "Items that moved, and why",
    lede: "Each item whose level changed since the previous return, with the reason given when the level was set.",
    caption: "Items that moved",
    columns: { item: "Item", from: "Was", to: "Now", reason: "Why" },
    noReason: "No reason given",
    none: "No item's level changed.",
  },
} as const;
