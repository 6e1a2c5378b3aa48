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
  },
  errors: {
    notFoundTitle: "Page not found",
    notFoundBody: "If you typed the web address, check it is correct. If you pasted it, check you copied the entire address.",
    serverTitle: "Sorry, there is a problem with the service",
    serverBody: "Try again later. If the problem continues, contact your system administrator.",
  },
} as const;
