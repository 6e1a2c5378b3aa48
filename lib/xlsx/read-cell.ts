import type { CellValue } from "exceljs";

/** A cell's value as the spreadsheet last showed it: a formula's cached result, never evaluated. */
export type PlainCell = string | number | boolean | Date | null | { readonly formulaWithoutResult: true };

/** Unwraps what exceljs hands back (rich text, hyperlinks, formulas, shared formulas, errors) into a plain value. */
export function readCell(value: CellValue): PlainCell {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean" || value instanceof Date) return value;
  if (typeof value !== "object") return null;
  if ("richText" in value && Array.isArray(value.richText)) return value.richText.map((run) => run.text).join("");
  if ("formula" in value || "sharedFormula" in value) {
    const result = (value as { result?: unknown }).result;
    if (result === undefined || result === null) return { formulaWithoutResult: true };
    if (typeof result === "object" && !(result instanceof Date)) return null; // an error value such as #REF!
    return result as string | number | boolean | Date;
  }
  if ("text" in value) {
    const text = (value as { text: unknown }).text;
    if (typeof text === "string") return text;
    if (typeof text === "object" && text !== null && "richText" in text) return (text as { richText: { text: string }[] }).richText.map((run) => run.text).join("");
  }
  // { error: "#N/A" } and anything unforeseen: no value.
  return null;
}

/** The cell as text, as a person would read it (dates as yyyy-mm-dd). */
export function readCellText(value: CellValue): string {
  const plain = readCell(value);
  if (plain === null || typeof plain === "object" && !(plain instanceof Date)) return "";
  if (plain instanceof Date) return plain.toISOString().slice(0, 10);
  return String(plain);
}
