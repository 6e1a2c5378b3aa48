// The regional self-assessment workbook's layout: the ONE description of it that the export
// (build-return-workbook.ts) writes and the import reads, so the two cannot drift apart.
// Words printed by the regional tool itself (the header row, the front sheet's field labels,
// "Level n") live here because they ARE the layout; the product's own words (status, notes,
// table headings) are in lib/copy/workbook.ts.
//
// Ambition sheet ("Ambition N"):
//   row 1  "Ambition N: <name>"            (TITLE_ROW)
//   row 2  the "I" statement               (STATEMENT_ROW)
//   row 3  the header row below            (HEADER_ROW, frozen and printed on every page)
//   row 4… one row per section, stem, item and 4.1.2 service, in catalogue order
//          A number (blank for a stem without one and for the 4.1.2 services)
//          B wording (section title, stem wording, item wording; a stem's children carry only their own)
//          C "Level 0".."Level 5", blank when not rated (item rows only)
//          D evidence, E gaps (item rows only)
//
// Front sheet ("Front sheet"): title, catalogue line, the header fields (label in A, value in B),
// the status with its dates, the summary table (live formulas over the ambition sheets' C
// columns), the counts table the summary divides, and the level descriptor table; rows below.

/** A rated item as the layout needs it; `key` is the catalogue item id (4.1.2/ambulance). */
export type LayoutItem = { readonly kind: "item"; readonly key: string; readonly number: string | null; readonly text: string };
export type LayoutStem = { readonly kind: "stem"; readonly number: string | null; readonly text: string; readonly children: readonly LayoutItem[] };
export type LayoutNode = LayoutItem | LayoutStem;

/** The catalogue as the workbook needs it. A stored CatalogueVersionView satisfies it. */
export type LayoutCatalogue = {
  readonly id: string;
  readonly title: string;
  readonly levels: readonly { readonly level: number; readonly descriptor: string }[];
  readonly ambitions: readonly {
    readonly number: number;
    readonly name: string;
    readonly statement: string;
    readonly sections: readonly { readonly number: string; readonly title: string; readonly nodes: readonly LayoutNode[] }[];
  }[];
};

export const FRONT_SHEET_NAME = "Front sheet";

/** The sheet name of ambition n (the place in problems such as `Ambition 4!C12`). */
export function ambitionSheetName(ambition: number): string {
  return `Ambition ${ambition}`;
}

/** Row 1 of an ambition sheet, as the tool titles it. */
export function ambitionTitle(ambition: { number: number; name: string }): string {
  return `Ambition ${ambition.number}: ${ambition.name}`;
}

/**
 * Row 2 of the front sheet names the catalogue version, so a reader (`score FILE.xlsx`, the
 * import) knows which version a workbook was made on.
 */
export function catalogueLine(catalogue: { title: string; id: string }): string {
  return `${catalogue.title} (catalogue version ${catalogue.id})`;
}

/** The catalogue version id a front sheet's row 2 names, or null. */
export function catalogueIdOf(line: string): string | null {
  return /\(catalogue version ([a-z0-9][a-z0-9-]*)\)\s*$/.exec(line)?.[1] ?? null;
}

export const TITLE_ROW = 1;
export const STATEMENT_ROW = 2;
export const HEADER_ROW = 3;
export const FIRST_BODY_ROW = 4;

/** Columns of an ambition sheet, 1-based as exceljs counts them. */
export const COLUMNS = { number: 1, wording: 2, level: 3, evidence: 4, gaps: 5 } as const;
export const COLUMN_LETTERS = { number: "A", wording: "B", level: "C", evidence: "D", gaps: "E" } as const;

/** The tool's header row, word for word. */
export const HEADER_CELLS = [
  "No:",
  "Ambitions & Building Blocks",
  "Current Status",
  "How would you evidence achievement or progress at this level?",
  "Where are the current gaps for your locality (NB: consider all care settings)",
] as const;

/** What Current Status holds for a level; the drop-down offers exactly these. */
export const LEVEL_LABELS = ["Level 0", "Level 1", "Level 2", "Level 3", "Level 4", "Level 5"] as const;

export function levelLabel(level: number): string {
  const label = LEVEL_LABELS[level];
  if (label === undefined) throw new RangeError(`Not a level 0-5: ${level}`);
  return label;
}

/** One body row of an ambition sheet, in catalogue order. */
export type LayoutRow =
  | { readonly kind: "section"; readonly number: string; readonly text: string }
  | { readonly kind: "stem"; readonly number: string | null; readonly text: string }
  /** `underStem`: a stem's child; with no number it is a named service such as 4.1.2's. */
  | { readonly kind: "item"; readonly key: string; readonly number: string | null; readonly text: string; readonly underStem: boolean };

/** The body rows of one ambition's sheet, starting at FIRST_BODY_ROW. */
export function ambitionRows(ambition: LayoutCatalogue["ambitions"][number]): LayoutRow[] {
  const rows: LayoutRow[] = [];
  for (const section of ambition.sections) {
    rows.push({ kind: "section", number: section.number, text: section.title });
    for (const node of section.nodes) {
      if (node.kind === "stem") {
        rows.push({ kind: "stem", number: node.number, text: node.text });
        for (const child of node.children) rows.push({ kind: "item", key: child.key, number: child.number, text: child.text, underStem: true });
      } else {
        rows.push({ kind: "item", key: node.key, number: node.number, text: node.text, underStem: false });
      }
    }
  }
  return rows;
}

/** The header fields of the front sheet: label in column A, value in column B, in this order. */
export const FRONT_FIELDS = [
  { key: "organisation", label: "Name of Organisation(s):" },
  { key: "completedBy", label: "Name of Person or Group completing the self-assessment:" },
  { key: "versionNote", label: "Version Control:" },
  { key: "completionDate", label: "Date of Completion:" },
  { key: "signOff", label: "Sign off by locality Clinical Lead for Palliative/ End of Life Care:" },
  { key: "livedExperience", label: "People with lived experience involved:" },
] as const;

export type FrontFieldKey = (typeof FRONT_FIELDS)[number]["key"];

/** Front sheet rows (1-based). The tables hold one row per ambition, then "All ambitions". */
export function frontSheetRows(ambitionCount: number) {
  const firstField = 4;
  const status = firstField + FRONT_FIELDS.length + 1;
  const summaryHeading = status + 4 + 1;
  const summaryHeader = summaryHeading + 1;
  const summaryAll = summaryHeader + ambitionCount + 1;
  const summaryNote = summaryAll + 1;
  const countsHeading = summaryNote + 2;
  const countsHeader = countsHeading + 1;
  const countsAll = countsHeader + ambitionCount + 1;
  const levelsHeading = countsAll + 2;
  const levelsHeader = levelsHeading + 1;
  return {
    title: 1,
    catalogue: 2,
    /** Row of FRONT_FIELDS[i] is firstField + i. */
    firstField,
    /** Status, then started, submitted, signed off on the next three rows. */
    status,
    summaryHeading,
    summaryHeader,
    /** Ambition i (0-based) is on summaryHeader + 1 + i. */
    summaryAll,
    summaryNote,
    countsHeading,
    countsHeader,
    countsAll,
    levelsHeading,
    levelsHeader,
    /** Level n is on levelsHeader + 1 + n. */
  };
}

/**
 * Columns of the summary and counts tables: A the ambition, B-G levels 0-5, H level 3 and
 * above, I not rated, J items (the denominator: every item, rated or not).
 */
export const TABLE_COLUMNS = { label: "A", levels: ["B", "C", "D", "E", "F", "G"], level3Plus: "H", notRated: "I", items: "J" } as const;
