// The words of the xlsx import: refusals of a whole file, problems located at a cell, and the
// import pages. Kept apart from en.ts so the import's copy merges without conflicts.

const MB = 1024 * 1024;

function megabytes(bytes: number): string {
  return `${Math.round(bytes / MB)} MB`;
}

export const xlsxImportCopy = {
  refused: {
    empty: (file: string) => `${file} is empty. Choose the xlsx workbook you filled in.`,
    tooLarge: (file: string, limit: number) => `${file} is larger than ${megabytes(limit)}. Save the workbook without pictures or extra sheets and try again.`,
    notXlsx: (file: string) => `${file} is not an xlsx workbook (an Excel 2007 or later file). Open it in a spreadsheet program and save it as "Excel Workbook (.xlsx)".`,
    damaged: (file: string, detail: string) => `${file} is a damaged xlsx workbook (${detail}). Open it in a spreadsheet program, save it again and try again.`,
    tooManyEntries: (file: string, limit: number) => `${file} holds more than ${limit} parts, more than any self-assessment workbook needs. It cannot be imported.`,
    expandsTooFar: (file: string, limit: number) => `${file} would expand to more than ${megabytes(limit)} when opened, more than any self-assessment workbook needs. It cannot be imported.`,
    unreadable: (file: string) => `${file} could not be read as an xlsx workbook. Open it in a spreadsheet program, save it as "Excel Workbook (.xlsx)" and try again.`,
    noItems: (file: string) =>
      `${file} has no recognisable item rows: no sheet has a header row with "Current Status" and rows numbered like "1.1.2". Use the workbook exported from this service or the regional self-assessment tool.`,
    otherCatalogue: (file: string, examples: string) =>
      `${file} is on another version of the self-assessment tool: its items do not match this return's (${examples}). Export a blank template for this return and copy the answers into it.`,
  },
  problem: {
    formulaWithoutValue: "holds a formula with no saved value (formulas are never worked out here); the level is not changed",
    notALevel: (text: string) => `"${text}" is not a level 0-5`,
    unknownItem: (number: string) => `${number} is not an item of this return's catalogue; the row is ignored`,
    stemRated: (number: string) => `${number} is a heading that is not rated; its level is ignored`,
    duplicate: (key: string, first: string) => `${key} appears again (first at ${first}); the first row is used`,
    unknownService: (text: string) => `"${text}" under 4.1.2 is not one of its services; the row is ignored`,
    badDate: (text: string) => `"${text}" is not a date; the date of completion is not changed`,
    notYours: (key: string) => `${key} is assigned to someone else, so you cannot change it; it is not imported`,
    detailsNotYours: "Only the programme manager can change the front sheet details; they are not imported",
  },
  place: (sheet: string, cell: string) => `${sheet}!${cell}`,
  /** The note on each answer version an import writes, shown in the item's history. */
  historyNote: (file: string) => `imported from ${file}`,
  stale: (keys: readonly string[]) =>
    keys.length > 0
      ? `Someone saved ${keys.join(", ")} after this preview was made. Nothing was imported: check the changes again against their answers, then apply.`
      : "Someone changed the front sheet details after this preview was made. Nothing was imported: check the changes again, then apply.",
} as const;
