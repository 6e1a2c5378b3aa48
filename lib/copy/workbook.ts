// The product's own words in the regional workbook (the tool's own wording is the layout:
// lib/xlsx/regional-layout.ts), and the links and file names around it.
export const workbookCopy = {
  title: "Ambitions for Palliative and End of Life Care: self-assessment",
  blankTemplate: "Blank template: rate each item in Current Status (Level 0 to Level 5) and write the evidence and gaps.",
  status: "Status:",
  started: "Started:",
  submitted: "Submitted:",
  signedOff: "Signed off:",
  notYet: "Not yet",
  statusLabels: { draft: "Draft", submitted: "Submitted", signed_off: "Signed off" } as Record<string, string>,
  summaryHeading: "Summary: per cent of each ambition's items at each level",
  countsHeading: "Number of items at each level (the summary divides these by Items)",
  ambitionColumn: "Ambition",
  level3Plus: "% at level 3 and above",
  level3PlusCount: "Level 3 and above",
  notRated: "Not rated",
  items: "Items",
  allAmbitions: "All ambitions",
  summaryNote:
    "Shares are per cent of every item of the ambition, rated or not, rounded half up to one decimal place; % at level 3 and above is worked out from the counts, never by adding rounded shares. The figures are formulas over Current Status on the ambition sheets.",
  levelsHeading: "Level descriptors",
  levelColumn: "Level",
  descriptorColumn: "Locality Level Descriptor",
  levelPrompt: { title: "Current Status", body: "Choose Level 0 to Level 5, or leave blank when not yet rated." },
  levelError: { title: "Not a level", body: "Choose Level 0 to Level 5 from the list, or leave the cell blank." },
  // Added to the regional comparison's workbook (lib/xlsx/build-region-workbook.ts).
  region: { itemsRated: "Items rated", itemIdColumn: "No:" },
  // Links and files
  downloadLink: "Download as a spreadsheet (xlsx)",
  templateLink: "Download a blank template (xlsx)",
  returnFileName: (organisation: string, title: string) => `${organisation} ${title}.xlsx`,
  templateFileName: (catalogueId: string) => `Ambitions self-assessment template ${catalogueId}.xlsx`,
};
