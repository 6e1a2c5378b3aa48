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
  pages: {
    link: "Import from a spreadsheet",
    uploadTitle: "Import from a spreadsheet",
    uploadLede:
      "Upload the self-assessment workbook filled in offline: one exported from this service, or the regional tool filled in by hand. You will see every change before anything is saved.",
    rules: [
      "Items are found by their number (such as 1.1.2) in any column, and the 4.1.2 services by their names.",
      "Current Status can say Level 3, level 3, L3 or just 3; a blank Current Status means not yet rated.",
      "Other rows, columns and sheets are ignored. Formulas are not worked out: the value the spreadsheet last showed is used.",
    ],
    fileLabel: "Workbook (xlsx)",
    fileHint: "An Excel workbook (.xlsx) of 10 MB or less.",
    uploadButton: "Upload and preview",
    fileMissing: "Choose the xlsx workbook to import",
    refusedUnknown: "The file could not be imported. Check it is the self-assessment workbook and try again.",
    previewTitle: "Check the changes before importing",
    previewLede: (file: string) => `What importing ${file} would change in this draft. Nothing has been saved yet.`,
    previewExpires: (when: string) => `This preview is kept until ${when}.`,
    itemsHeading: (count: number) => (count === 1 ? "1 item will change" : `${count} items will change`),
    noItemChanges: "No item's level, evidence or gaps would change.",
    itemsCaption: "Changes to items",
    columns: { item: "Item", level: "Level", evidence: "Evidence", gaps: "Gaps", place: "In the workbook" },
    notRated: "Not rated",
    level: (level: number | null) => (level === null ? "Not rated" : `Level ${level}`),
    from: (before: string) => `was ${before}`,
    unchanged: "Unchanged",
    cleared: "Cleared",
    truncated: (total: number) => ` … (${total.toLocaleString("en-GB")} characters in all)`,
    detailsHeading: "Front sheet details that will change",
    detailLabels: {
      completedBy: "Name of person or group completing the self-assessment",
      versionNote: "Version control",
      completionDate: "Date of completion",
      livedExperience: "People with lived experience involved",
    },
    blank: "(blank)",
    problemsHeading: (count: number) => (count === 1 ? "1 problem in the workbook" : `${count} problems in the workbook`),
    problemsLede: "These cells were not imported. Fix them in the workbook and upload it again, or apply the rest and change these items here.",
    workbook: "Workbook",
    applyButton: "Import these changes",
    cancelButton: "Cancel",
    nothingToApply: "The workbook holds nothing that would change this draft.",
    staleHeading: "Someone saved an answer",
    stale:
      "Someone saved an item or the front sheet after this preview was made, so nothing was imported. The changes below are now shown against their answers: check them again, then import.",
    imported: (items: number, details: number) =>
      `Imported ${items === 1 ? "1 item" : `${items} items`}${details > 0 ? ` and ${details === 1 ? "1 front sheet detail" : `${details} front sheet details`}` : ""} from the spreadsheet.`,
    cancelled: "The import was cancelled. Nothing was changed.",
    backToReturn: "Back to the self-assessment",
  },
  place: (sheet: string, cell: string) => `${sheet}!${cell}`,
  /** The note on each answer version an import writes, shown in the item's history. */
  historyNote: (file: string) => `imported from ${file}`,
  stale: (keys: readonly string[]) =>
    keys.length > 0
      ? `Someone saved ${keys.join(", ")} after this preview was made. Nothing was imported: check the changes again against their answers, then apply.`
      : "Someone changed the front sheet details after this preview was made. Nothing was imported: check the changes again, then apply.",
} as const;
