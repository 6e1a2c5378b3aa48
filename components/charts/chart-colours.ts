// The design system's colours the charts use; each is over 3:1 against the white page, as
// non-text graphics need (WCAG 1.4.11).
export const CHART_COLOURS = {
  /** NHS blue: the figure being read. */
  current: "#005eb8",
  /** NHS mid grey: the earlier figure it is compared with. */
  earlier: "#768692",
  /** NHS dark grey: a highlighted row, such as the region taken as one. */
  highlight: "#425563",
} as const;
