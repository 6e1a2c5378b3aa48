// The "Improvement plan" sheet of a return's workbook: the actions linked to the return, one
// row each, with the gap it came from, so the plan travels with the self-assessment. Text cells
// are written as text (the Text number format), as the ambition sheets' evidence and gaps are.
import type ExcelJS from "exceljs";
import { planCopy } from "../copy/plan";

export const PLAN_SHEET_NAME = "Improvement plan";

export interface PlanSheetRow {
  readonly ambitionNumber: number;
  /** The item's number (or key), or "" for an action raised from the ambition as a whole. */
  readonly item: string;
  readonly gap: string;
  readonly wantTo: string;
  readonly doThisBy: string;
  readonly owner: string;
  readonly dueDate: Date;
  readonly status: keyof typeof planCopy.statusLabels;
  readonly updateNote: string;
}

const COLUMNS: readonly { header: string; width: number }[] = [
  { header: planCopy.xlsx.ambition, width: 10 },
  { header: planCopy.xlsx.item, width: 12 },
  { header: planCopy.xlsx.gap, width: 45 },
  { header: planCopy.wantTo, width: 45 },
  { header: planCopy.doThisBy, width: 45 },
  { header: planCopy.ownerLabel, width: 25 },
  { header: planCopy.xlsx.due, width: 12 },
  { header: planCopy.statusLabel, width: 14 },
  { header: planCopy.updateNoteLabel, width: 40 },
];

/** Text as a cell holds it: a raw CR becomes the OOXML escape, as build-return-workbook writes it. */
function cellText(value: string): string {
  return value.replace(/_(x[0-9A-Fa-f]{4}_)/g, "_x005F_$1").replace(/\r/g, "_x000D_");
}

export function addPlanSheet(workbook: ExcelJS.Workbook, rows: readonly PlanSheetRow[]): void {
  const sheet = workbook.addWorksheet(PLAN_SHEET_NAME, { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = COLUMNS.map((column) => ({ width: column.width }));
  const header = sheet.getRow(1);
  COLUMNS.forEach((column, index) => {
    const cell = header.getCell(index + 1);
    cell.value = column.header;
    cell.font = { bold: true };
  });
  if (rows.length === 0) {
    sheet.getCell("A2").value = planCopy.xlsx.none;
    return;
  }
  rows.forEach((row, index) => {
    const sheetRow = sheet.getRow(index + 2);
    const texts = [row.item, row.gap, row.wantTo, row.doThisBy, row.owner];
    sheetRow.getCell(1).value = row.ambitionNumber;
    texts.forEach((text, offset) => {
      const cell = sheetRow.getCell(offset + 2);
      cell.value = cellText(text);
      cell.numFmt = "@";
      cell.alignment = { wrapText: true, vertical: "top" };
    });
    const due = sheetRow.getCell(7);
    due.value = row.dueDate;
    due.numFmt = "dd/mm/yyyy";
    sheetRow.getCell(8).value = planCopy.statusLabels[row.status];
    const note = sheetRow.getCell(9);
    note.value = cellText(row.updateNote);
    note.numFmt = "@";
    note.alignment = { wrapText: true, vertical: "top" };
  });
}
