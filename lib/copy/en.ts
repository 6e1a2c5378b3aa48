// User-facing copy in one place, so wording can be reviewed (and one day translated) without
// hunting through components.
export const copy = {
  service: {
    name: "Ambitions self-assessment",
    description:
      "Self-assess palliative and end of life care against the six national Ambitions, with evidence, gaps and board-ready summaries.",
    organisation: "NHS",
  },
  layout: {
    skipLink: "Skip to main content",
    footerNote: "Ambitions for Palliative and End of Life Care: A national framework for local action 2021-2026.",
  },
  home: {
    title: "Ambitions for Palliative and End of Life Care",
    lede:
      "Integrated Care Boards assess their palliative and end of life care against the six national Ambitions. Each measurement item is rated from Level 0 to Level 5 with evidence and gaps.",
    ambitionsHeading: "The six Ambitions",
    catalogueCaption: (title: string) => `From the ${title}.`,
    noCatalogue: "No catalogue has been loaded yet. Run npm run db:seed.",
    catalogueLink: "Read every measurement item and the level descriptors in the catalogue",
  },
  nav: {
    home: "Home",
    catalogue: "Catalogue",
    primaryLabel: "Primary navigation",
  },
  catalogue: {
    title: "Self-assessment catalogue",
    lede:
      "Every measurement item of the self-assessment, in the tool's own wording. Each item is rated at one level from 0 to 5; shared wording that introduces a group of items is shown as such and is not rated.",
    versionLabel: "Catalogue version",
    versionHint: "Returns are made against one version; a changed catalogue is a new version.",
    versionButton: "Show version",
    versionShown: (title: string, id: string) => `${title} (${id})`,
    defaultVersion: "default",
    contentsHeading: "Contents",
    levelsHeading: "Levels",
    levelColumn: "Level",
    descriptorColumn: "Level descriptor",
    levelName: (level: number) => `Level ${level}`,
    foundationsHeading: "Foundations",
    foundationsLede: "The foundations underpin all six ambitions.",
    ambitionHeading: (number: number, name: string) => `Ambition ${number}: ${name}`,
    ratedCount: (count: number) => `${count} rated item${count === 1 ? "" : "s"}`,
    stemTag: "Not rated",
    stemExplanation: "Shared wording for the items below it; only the items are rated.",
    numberLabel: "Item",
    unknownVersion: "There is no catalogue version with that id.",
  },
  errors: {
    notFoundTitle: "Page not found",
    notFoundBody: "If you typed the web address, check it is correct. If you pasted it, check you copied the entire address.",
    serverTitle: "Sorry, there is a problem with the service",
    serverBody: "Try again later. If the problem continues, contact your system administrator.",
  },
} as const;
