import ExcelJS from "exceljs";
import { xlsxImportCopy } from "../copy/xlsx-import";
import { WorkbookRefusedError } from "../errors";
import type { ScoringCatalogue } from "../scoring";
import { parseLevelCell } from "./parse-level-cell";
import { readCell, readCellText } from "./read-cell";
import { catalogueIdOf } from "./regional-layout";

/** One item row found in the workbook. `level` undefined: the cell could not be read, so the level is kept. */
export interface WorkbookAnswer {
  readonly key: string;
  readonly level?: number | null;
  /** null when the workbook has no evidence column: kept as it is. */
  readonly evidence: string | null;
  readonly gaps: string | null;
  /** Where the row is, e.g. "Ambition 1!A7". */
  readonly place: string;
}

/** The front sheet's header fields found in the workbook (a field absent here was not found). */
export interface WorkbookDetails {
  completedBy?: string;
  versionNote?: string;
  /** yyyy-mm-dd, or null for a blank date. */
  completionDate?: string | null;
  livedExperience?: string;
}

export interface WorkbookProblem {
  readonly place: string;
  readonly message: string;
}

export interface ReadWorkbook {
  readonly answers: WorkbookAnswer[];
  readonly details: WorkbookDetails;
  readonly organisationName: string | null;
  /** The catalogue version the front sheet names (our export does; a regional copy may not). */
  readonly catalogueId: string | null;
  readonly problems: WorkbookProblem[];
}

type Row = ExcelJS.Row;

const ITEM_NUMBER = /^\s*(\d+\.\d+\.\d+)(?=$|[\s:.)])/;
const MAX_LABEL_LENGTH = 160;
const DETAIL_LABELS: readonly { field: keyof WorkbookDetails | "organisation"; pattern: RegExp }[] = [
  { field: "organisation", pattern: /^\s*name of organi[sz]ation/i },
  { field: "completedBy", pattern: /person or group completing/i },
  { field: "versionNote", pattern: /^\s*version control/i },
  { field: "completionDate", pattern: /^\s*date of completion/i },
  { field: "livedExperience", pattern: /lived experience/i },
];

function normalise(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, " ").trim();
}

/** Whether two wordings are the same item's, allowing a region's small edits and merged stem text. */
function sameWording(a: string, b: string): boolean {
  const x = normalise(a).slice(0, 40);
  const y = normalise(b).slice(0, 40);
  return x === y || x.includes(y) || y.includes(x) || normalise(a).includes(x) || normalise(b).includes(y);
}

function parseDate(cell: ReturnType<typeof readCell>): string | null | "invalid" {
  if (cell === null) return null;
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  if (typeof cell !== "string") return "invalid";
  const text = cell.trim();
  if (text === "") return null;
  const isoMatch = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const ukMatch = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  const iso = isoMatch ? text : ukMatch ? `${ukMatch[3]}-${(ukMatch[2] ?? "").padStart(2, "0")}-${(ukMatch[1] ?? "").padStart(2, "0")}` : null;
  if (!iso) return "invalid";
  const date = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== iso ? "invalid" : iso;
}

interface Columns {
  number: number | null;
  text: number | null;
  level: number;
  evidence: number | null;
  gaps: number | null;
}

/** The header row's columns, found by their text wherever they sit; null when the row is not one. */
function findColumns(row: Row): Columns | null {
  let columns: Partial<Columns> = {};
  row.eachCell((cell, column) => {
    const text = readCellText(cell.value).trim();
    if (text.length > MAX_LABEL_LENGTH) return;
    if (columns.level === undefined && /^current\s+status/i.test(text)) columns.level = column;
    else if (columns.evidence === undefined && /evidence/i.test(text)) columns.evidence = column;
    else if (columns.gaps === undefined && /gaps/i.test(text)) columns.gaps = column;
    else if (columns.number === undefined && /^(no|number|ref)\.?:?$/i.test(text)) columns.number = column;
    else if (columns.text === undefined && /building blocks|^ambitions?\b/i.test(text)) columns.text = column;
  });
  if (columns.level === undefined) return null;
  columns = { number: null, text: null, evidence: null, gaps: null, ...columns };
  return columns as Columns;
}

/**
 * Reads a filled-in self-assessment workbook (this service's export or a regional copy filled
 * in by hand) against `catalogue`, tolerantly: items are found by their number in whatever column
 * it sits, the 4.1.2 services by their name under that stem, the header row by its text; extra
 * rows, columns and sheets are ignored, merged cells read as their value, formulas as their
 * cached value (never evaluated). Every problem is located at its sheet and cell. Throws
 * WorkbookRefusedError when no item row is recognisable or the items are another catalogue's.
 * Pure: no database. Call inspectXlsxArchive on untrusted bytes first.
 */
export async function readReturnWorkbook(bytes: Uint8Array, fileName: string, catalogue: ScoringCatalogue): Promise<ReadWorkbook> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ArrayBuffer);
  } catch {
    throw new WorkbookRefusedError("unreadable", xlsxImportCopy.refused.unreadable(fileName));
  }
  const t = xlsxImportCopy.problem;
  const place = (sheet: string, address: string) => xlsxImportCopy.place(sheet, address);

  // The catalogue as the reader needs it: numbered items, stems, and each stem's unnumbered children.
  const numbered = new Map<string, { key: string; text: string; rated: boolean }>();
  const services = new Map<string, { key: string; name: string }[]>();
  for (const ambition of catalogue.ambitions) {
    for (const section of ambition.sections) {
      for (const node of section.items) {
        if (!node.stem) {
          const key = node.id ?? node.number;
          if (node.number && key) numbered.set(node.number, { key, text: node.text, rated: true });
          continue;
        }
        if (node.number) numbered.set(node.number, { key: node.number, text: node.text, rated: false });
        for (const child of node.children) {
          const key = child.id ?? child.number;
          if (!key) continue;
          if (child.number) numbered.set(child.number, { key, text: child.text, rated: true });
          else if (node.number) services.set(node.number, [...(services.get(node.number) ?? []), { key, name: normalise(child.text) }]);
        }
      }
    }
  }

  const answers = new Map<string, WorkbookAnswer>();
  const problems: WorkbookProblem[] = [];
  const details: WorkbookDetails = {};
  let organisationName: string | null = null;
  let catalogueId: string | null = null;
  const unknownNumbers: string[] = [];
  const wordingMismatches: string[] = [];
  let recognised = 0;

  const addAnswer = (sheetName: string, row: Row, columns: Columns, key: string, rowPlace: string) => {
    recognised += 1;
    const first = answers.get(key);
    if (first) {
      problems.push({ place: rowPlace, message: t.duplicate(key, first.place) });
      return;
    }
    const levelCell = row.getCell(columns.level);
    const plain = readCell(levelCell.value);
    let level: number | null | undefined;
    if (plain !== null && typeof plain === "object" && !(plain instanceof Date)) {
      problems.push({ place: place(sheetName, levelCell.address), message: t.formulaWithoutValue });
    } else {
      const parsed = parseLevelCell(plain);
      if (parsed === "invalid") problems.push({ place: place(sheetName, levelCell.address), message: t.notALevel(readCellText(levelCell.value)) });
      else level = parsed;
    }
    const text = (column: number | null) => (column === null ? null : readCellText(row.getCell(column).value));
    answers.set(key, { key, ...(level === undefined ? {} : { level }), evidence: text(columns.evidence), gaps: text(columns.gaps), place: rowPlace });
  };

  workbook.eachSheet((sheet) => {
    const sheetName = sheet.name;
    let columns: Columns | null = null;
    let openStem: string | null = null;
    sheet.eachRow({ includeEmpty: false }, (row) => {
      if (!columns) {
        columns = findColumns(row);
        if (columns) return;
        // Rows above any item table: the front sheet's header fields, label then value to its right.
        row.eachCell((cell, column) => {
          const label = readCellText(cell.value).trim();
          if (label.length === 0 || label.length > MAX_LABEL_LENGTH) return;
          catalogueId ??= catalogueIdOf(label);
          const found = DETAIL_LABELS.find(({ field, pattern }) => pattern.test(label) && (field === "organisation" ? organisationName === null : details[field] === undefined));
          if (!found) return;
          // The value: the first cell to the right that is not the same (merged) label.
          let valueCell: ExcelJS.Cell | null = null;
          for (let next = column + 1; next <= Math.max(row.cellCount, column + 1); next += 1) {
            const candidate = row.getCell(next);
            if (candidate.isMerged && candidate.master.address === cell.address) continue;
            valueCell = candidate;
            if (readCellText(candidate.value).trim() !== "") break;
          }
          const value = valueCell ? readCell(valueCell.value) : null;
          const text = valueCell ? readCellText(valueCell.value) : "";
          if (found.field === "organisation") organisationName = text.trim() || null;
          else if (found.field === "completionDate") {
            const date = parseDate(value);
            if (date === "invalid") problems.push({ place: place(sheetName, valueCell?.address ?? cell.address), message: t.badDate(text) });
            else details.completionDate = date;
          } else details[found.field] = text;
        });
        return;
      }
      const cols: Columns = columns;
      if (findColumns(row)) return; // a repeated header row (a print title copied into the sheet)
      // The item number: in the "No:" column, or failing that the first cell that holds one.
      let number: string | null = null;
      let numberAddress = "";
      const tryCell = (column: number) => {
        if (number || column === cols.level || column === cols.evidence || column === cols.gaps) return;
        const cell = row.getCell(column);
        const match = ITEM_NUMBER.exec(readCellText(cell.value));
        if (match) {
          number = match[1] ?? null;
          numberAddress = cell.address;
        }
      };
      if (cols.number !== null) tryCell(cols.number);
      if (!number) row.eachCell((_cell, column) => tryCell(column));
      if (number) {
        openStem = null;
        const item = numbered.get(number);
        const rowPlace = place(sheetName, numberAddress);
        if (!item) {
          unknownNumbers.push(number);
          problems.push({ place: rowPlace, message: t.unknownItem(number) });
          return;
        }
        if (cols.text !== null) {
          const wording = readCellText(row.getCell(cols.text).value).replace(ITEM_NUMBER, "").trim();
          if (wording !== "" && !sameWording(wording, item.text)) wordingMismatches.push(number);
        }
        if (!item.rated) {
          recognised += 1;
          if (services.has(number)) openStem = number;
          const level = parseLevelCell(readCell(row.getCell(cols.level).value));
          if (level !== null) problems.push({ place: place(sheetName, row.getCell(cols.level).address), message: t.stemRated(number) });
          return;
        }
        addAnswer(sheetName, row, cols, item.key, rowPlace);
        return;
      }
      if (!openStem) return;
      // Under a stem with unnumbered children (4.1.2): the service named in the row.
      const candidates = services.get(openStem) ?? [];
      let named: { key: string; address: string } | null = null;
      let firstText: { text: string; address: string } | null = null;
      row.eachCell((cell, column) => {
        if (named || column === cols.level || column === cols.evidence || column === cols.gaps) return;
        const text = readCellText(cell.value).trim();
        if (text === "") return;
        firstText ??= { text, address: cell.address };
        const name = normalise(text);
        const match = candidates.find((service) => service.name === name) ?? candidates.find((service) => name.startsWith(service.name));
        if (match) named = { key: match.key, address: cell.address };
      });
      const found = named as { key: string; address: string } | null;
      if (found) {
        addAnswer(sheetName, row, cols, found.key, place(sheetName, found.address));
      } else {
        const text = firstText as { text: string; address: string } | null;
        // A row of the region's own (a note) under the stem is ignored unless it holds a level.
        if (text && parseLevelCell(readCell(row.getCell(cols.level).value)) !== null) problems.push({ place: place(sheetName, text.address), message: t.unknownService(text.text) });
      }
    });
  });

  const refused = xlsxImportCopy.refused;
  if (recognised === 0 && unknownNumbers.length === 0) throw new WorkbookRefusedError("noItems", refused.noItems(fileName));
  if (unknownNumbers.length > recognised || wordingMismatches.length * 2 > recognised) {
    const examples = [...unknownNumbers, ...wordingMismatches].slice(0, 3).join(", ");
    throw new WorkbookRefusedError("otherCatalogue", refused.otherCatalogue(fileName, examples), examples);
  }
  return { answers: [...answers.values()], details, organisationName, catalogueId, problems };
}
