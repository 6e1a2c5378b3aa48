// Builds, with exceljs, the kind of self-assessment workbook a region or an ICB fills in by hand:
// the regional tool's layout, with the variations found in the wild switched on per test.
import ExcelJS from "exceljs";
import { findBuiltinCatalogue } from "@/lib/catalogue/builtin";
import { isStem, itemId } from "@/lib/catalogue/schema";

export interface HandAnswer {
  /** What goes in Current Status: a number, text ("Level 3", "L3"), a formula, or null (blank). */
  level?: ExcelJS.CellValue;
  evidence?: string;
  gaps?: string;
}

export interface HandMadeOptions {
  answers?: Record<string, HandAnswer>;
  /** How a numeric level is written when `answers` gives a plain number: "Level n" (default) or the number. */
  levelStyle?: "text" | "number";
  /** Column letters for No:, Ambitions & Building Blocks, Current Status, evidence, gaps. */
  columns?: { number: string; text: string; level: string; evidence: string; gaps: string };
  /** Extra rows the region added (a note), after the row of this item key. */
  noteAfter?: string;
  /** Merge the title across the sheet's columns. */
  mergedTitle?: boolean;
  /** An extra sheet the region added. */
  extraSheet?: boolean;
  /** Front sheet header fields. */
  details?: { organisation?: string; completedBy?: string; versionNote?: string; completionDate?: string | Date; livedExperience?: string };
  /** Change every item number's first digit to this (another catalogue's numbering). */
  renumber?: boolean;
}

export const HEADER_TEXTS = [
  "No:",
  "Ambitions & Building Blocks",
  "Current Status",
  "How would you evidence achievement or progress at this level?",
  "Where are the current gaps for your locality (NB: consider all care settings)",
] as const;

export async function buildHandMadeWorkbook(options: HandMadeOptions = {}): Promise<Buffer> {
  const catalogue = findBuiltinCatalogue("regional-2021")!;
  const columns = options.columns ?? { number: "A", text: "B", level: "C", evidence: "D", gaps: "E" };
  const workbook = new ExcelJS.Workbook();
  const front = workbook.addWorksheet("Front sheet");
  front.addRow(["Ambitions for Palliative and End of Life Care Self-Assessment Tool"]);
  const details = options.details ?? {};
  front.addRow(["Name of Organisation(s)", details.organisation ?? ""]);
  front.addRow(["Name of Person or Group completing the self-assessment", details.completedBy ?? ""]);
  front.addRow(["Version Control", details.versionNote ?? ""]);
  front.addRow(["Date of Completion", details.completionDate ?? ""]);
  front.addRow(["Who with lived experience was involved", details.livedExperience ?? ""]);

  const answers = options.answers ?? {};
  const writeRow = (sheet: ExcelJS.Worksheet, rowNumber: number, number: string, text: string, answer: HandAnswer | undefined) => {
    sheet.getCell(`${columns.number}${rowNumber}`).value = number;
    sheet.getCell(`${columns.text}${rowNumber}`).value = text;
    if (!answer) return;
    let level = answer.level;
    if (typeof level === "number" && options.levelStyle !== "number") level = `Level ${level}`;
    if (level !== undefined) sheet.getCell(`${columns.level}${rowNumber}`).value = level;
    if (answer.evidence !== undefined) sheet.getCell(`${columns.evidence}${rowNumber}`).value = answer.evidence;
    if (answer.gaps !== undefined) sheet.getCell(`${columns.gaps}${rowNumber}`).value = answer.gaps;
  };
  const numberOf = (number: string) => (options.renumber ? number.replace(/^(\d+)\.(\d+)\./, "$1.9$2.") : number);

  for (const ambition of catalogue.ambitions) {
    const sheet = workbook.addWorksheet(`Ambition ${ambition.number}`);
    let row = 1;
    sheet.getCell(`A${row}`).value = `Ambition ${ambition.number}: ${ambition.name}`;
    if (options.mergedTitle) sheet.mergeCells(`A${row}:E${row}`);
    row += 2;
    const headerColumns = [columns.number, columns.text, columns.level, columns.evidence, columns.gaps];
    headerColumns.forEach((column, index) => (sheet.getCell(`${column}${row}`).value = HEADER_TEXTS[index]!));
    row += 1;
    for (const section of ambition.sections) {
      sheet.getCell(`${columns.number}${row}`).value = `${section.number} ${section.title}`;
      row += 1;
      for (const node of section.items) {
        if (isStem(node)) {
          writeRow(sheet, row, node.number ? numberOf(node.number) : "", node.text, undefined);
          row += 1;
          for (const child of node.children) {
            const key = itemId(child)!;
            writeRow(sheet, row, child.number ? numberOf(child.number) : "", child.text, answers[key]);
            row += 1;
          }
          continue;
        }
        const key = itemId(node)!;
        writeRow(sheet, row, numberOf(node.number ?? ""), node.text, answers[key]);
        row += 1;
        if (options.noteAfter === key) {
          sheet.getCell(`${columns.text}${row}`).value = "Note from the region: please check this one";
          row += 1;
        }
      }
    }
  }
  if (options.extraSheet) workbook.addWorksheet("Our notes").addRow(["Anything", 1.2, "Level 9"]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
