// One return (or a blank template) as the regional tool's workbook, in the layout of
// regional-layout.ts. The summary is live formulas over the ambition sheets, so the workbook
// keeps adding up when a region edits it; each formula carries as its cached value the scoring
// library's figure, so it shows the same numbers before any spreadsheet program recalculates.
import ExcelJS from "exceljs";
import { toScoringCatalogue } from "../catalogue/to-scoring-catalogue";
import { addPlanSheet, type PlanSheetRow } from "./add-plan-sheet";
import { workbookCopy as t } from "../copy/workbook";
import { formatDateTime } from "../format/format-date-time";
import { scoreReturn, type Distribution } from "../scoring";
import {
  COLUMNS,
  FIRST_BODY_ROW,
  FRONT_FIELDS,
  FRONT_SHEET_NAME,
  HEADER_CELLS,
  HEADER_ROW,
  LEVEL_LABELS,
  STATEMENT_ROW,
  TABLE_COLUMNS,
  TITLE_ROW,
  ambitionRows,
  ambitionSheetName,
  ambitionTitle,
  catalogueLine,
  frontSheetRows,
  levelLabel,
  type FrontFieldKey,
  type LayoutCatalogue,
} from "./regional-layout";

export interface WorkbookAnswer {
  readonly level: number | null;
  readonly evidence: string;
  readonly gaps: string;
}

export interface ReturnWorkbookStatus {
  readonly status: "draft" | "submitted" | "signed_off";
  readonly startedAt: Date;
  readonly submittedAt: Date | null;
  readonly submittedBy: string | null;
  readonly signedOffAt: Date | null;
  readonly signedOffBy: string | null;
}

export interface ReturnWorkbookInput {
  readonly catalogue: LayoutCatalogue;
  /** The front sheet's fields; the completion date is a date cell. All blank for a template. */
  readonly header: { readonly [K in FrontFieldKey]: K extends "completionDate" ? Date | null : string };
  /** null for a blank template. */
  readonly status: ReturnWorkbookStatus | null;
  /** By item key; an item with no entry is not rated and has no text. */
  readonly answers: ReadonlyMap<string, WorkbookAnswer>;
  /** The actions linked to the return: an "Improvement plan" sheet after the ambitions (none for a template). */
  readonly plan?: readonly PlanSheetRow[];
}

const BLANK_HEADER: ReturnWorkbookInput["header"] = { organisation: "", completedBy: "", versionNote: "", completionDate: null, signOff: "", livedExperience: "" };

/** A blank template of `catalogue`: the same layout, no answers. */
export function blankTemplateInput(catalogue: LayoutCatalogue): ReturnWorkbookInput {
  return { catalogue, header: BLANK_HEADER, status: null, answers: new Map() };
}

const SHARE_FORMAT = "0.0";
// "@" is the Text number format: what is typed into the cell later (by a region editing the
// copy) is kept as text too, so evidence starting with "=" or "+" never turns into a formula.
const TEXT_FORMAT = "@";
const HEADER_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9E2F3" } };
const SECTION_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFEDEDED" } };
const WRAP: Partial<ExcelJS.Alignment> = { wrapText: true, vertical: "top" };

/**
 * Text as a cell holds it. XML readers turn a raw carriage return into a line feed, so CR is
 * written as the OOXML escape _x000D_, and text that already looks like such an escape has its
 * underscore escaped (_x005F_) so it is read back as typed. Everything else is written as is: a
 * shared-string cell is text whatever it starts with (=, +, -, @, tab).
 */
function cellText(value: string): string {
  return value.replace(/_(x[0-9A-Fa-f]{4}_)/g, "_x005F_$1").replace(/\r/g, "_x000D_");
}

function landscape(sheet: ExcelJS.Worksheet) {
  sheet.pageSetup.orientation = "landscape";
  sheet.pageSetup.paperSize = 9; // A4
  sheet.pageSetup.fitToPage = true;
  sheet.pageSetup.fitToWidth = 1;
  sheet.pageSetup.fitToHeight = 0; // as many pages tall as it takes
}

function addAmbitionSheet(workbook: ExcelJS.Workbook, ambition: LayoutCatalogue["ambitions"][number], answers: ReadonlyMap<string, WorkbookAnswer>) {
  const sheet = workbook.addWorksheet(ambitionSheetName(ambition.number), { views: [{ state: "frozen", ySplit: HEADER_ROW }] });
  sheet.getColumn(COLUMNS.number).width = 9;
  sheet.getColumn(COLUMNS.wording).width = 60;
  sheet.getColumn(COLUMNS.level).width = 13;
  sheet.getColumn(COLUMNS.evidence).width = 55;
  sheet.getColumn(COLUMNS.gaps).width = 55;
  landscape(sheet);
  sheet.pageSetup.printTitlesRow = `${HEADER_ROW}:${HEADER_ROW}`;

  const title = sheet.getCell(TITLE_ROW, 1);
  title.value = ambitionTitle(ambition);
  title.font = { bold: true, size: 14 };
  const statement = sheet.getCell(STATEMENT_ROW, 1);
  statement.value = ambition.statement;
  statement.font = { italic: true };

  const header = sheet.getRow(HEADER_ROW);
  HEADER_CELLS.forEach((text, index) => {
    const cell = header.getCell(index + 1);
    cell.value = text;
    cell.font = { bold: true };
    cell.fill = HEADER_FILL;
    cell.alignment = WRAP;
  });

  const validation: ExcelJS.DataValidation = {
    type: "list",
    allowBlank: true,
    formulae: [`"${LEVEL_LABELS.join(",")}"`],
    showInputMessage: true,
    promptTitle: t.levelPrompt.title,
    prompt: t.levelPrompt.body,
    showErrorMessage: true,
    errorStyle: "stop",
    errorTitle: t.levelError.title,
    error: t.levelError.body,
  };

  let rowNumber = FIRST_BODY_ROW;
  for (const entry of ambitionRows(ambition)) {
    const row = sheet.getRow(rowNumber++);
    const number = row.getCell(COLUMNS.number);
    const wording = row.getCell(COLUMNS.wording);
    number.value = entry.number ?? null;
    number.alignment = { vertical: "top" };
    wording.value = entry.text;
    wording.alignment = WRAP;
    if (entry.kind === "section") {
      for (let column = COLUMNS.number; column <= COLUMNS.gaps; column++) row.getCell(column).fill = SECTION_FILL;
      row.font = { bold: true };
      continue;
    }
    if (entry.kind === "stem") continue;
    if (entry.underStem) wording.alignment = { ...WRAP, indent: 1 };
    const answer = answers.get(entry.key);
    const level = row.getCell(COLUMNS.level);
    level.value = answer?.level === null || answer?.level === undefined ? null : levelLabel(answer.level);
    level.dataValidation = validation;
    level.alignment = { vertical: "top" };
    for (const [column, text] of [
      [COLUMNS.evidence, answer?.evidence ?? ""],
      [COLUMNS.gaps, answer?.gaps ?? ""],
    ] as const) {
      const cell = row.getCell(column);
      cell.value = text === "" ? null : cellText(text);
      cell.numFmt = TEXT_FORMAT;
      cell.alignment = WRAP;
    }
  }
}

function formula(formula: string, result: number): ExcelJS.CellFormulaValue {
  return { formula, result };
}

function tableHeader(sheet: ExcelJS.Worksheet, rowNumber: number, last: string) {
  const row = sheet.getRow(rowNumber);
  const cells = [t.ambitionColumn, ...LEVEL_LABELS, last, t.notRated, t.items];
  cells.forEach((text, index) => {
    const cell = row.getCell(index + 1);
    cell.value = text;
    cell.font = { bold: true };
    cell.fill = HEADER_FILL;
    cell.alignment = { wrapText: true, vertical: "top" };
  });
}

function addFrontSheet(workbook: ExcelJS.Workbook, input: ReturnWorkbookInput, ranges: readonly string[]) {
  const { catalogue, header, status } = input;
  const levels: Record<string, number | null> = {};
  for (const [key, answer] of input.answers) levels[key] = answer.level;
  const score = scoreReturn(toScoringCatalogue(catalogue), levels);
  const rows = frontSheetRows(catalogue.ambitions.length);

  const sheet = workbook.addWorksheet(FRONT_SHEET_NAME, { views: [{ state: "frozen", ySplit: rows.catalogue }] });
  sheet.getColumn(1).width = 48;
  for (let column = 2; column <= 10; column++) sheet.getColumn(column).width = 11;
  sheet.getColumn(2).alignment = WRAP;
  landscape(sheet);

  const title = sheet.getCell(rows.title, 1);
  title.value = t.title;
  title.font = { bold: true, size: 16 };
  sheet.getCell(rows.catalogue, 1).value = catalogueLine(catalogue);

  // Field values span B:J so long names wrap across the table's width rather than one column.
  FRONT_FIELDS.forEach((field, index) => {
    const rowNumber = rows.firstField + index;
    const label = sheet.getCell(rowNumber, 1);
    label.value = field.label;
    label.font = { bold: true };
    label.alignment = WRAP;
    sheet.mergeCells(rowNumber, 2, rowNumber, 10);
    const cell = sheet.getCell(rowNumber, 2);
    const value = header[field.key];
    if (value instanceof Date) {
      cell.value = value;
      cell.numFmt = "dd/mm/yyyy";
    } else {
      cell.value = value ? cellText(value) : null;
      cell.numFmt = TEXT_FORMAT;
    }
    cell.alignment = { ...WRAP, horizontal: "left" };
  });

  const when = (at: Date | null, by: string | null) => (at ? (by ? `${formatDateTime(at)} (${by})` : formatDateTime(at)) : t.notYet);
  const statusLines: [string, string][] = status
    ? [
        [t.status, t.statusLabels[status.status] ?? status.status],
        [t.started, formatDateTime(status.startedAt)],
        [t.submitted, when(status.submittedAt, status.submittedBy)],
        [t.signedOff, when(status.signedOffAt, status.signedOffBy)],
      ]
    : [[t.blankTemplate, ""]];
  statusLines.forEach(([label, value], index) => {
    sheet.getCell(rows.status + index, 1).value = label;
    sheet.getCell(rows.status + index, 1).font = { bold: true };
    sheet.getCell(rows.status + index, 2).value = value || null;
  });

  const C = TABLE_COLUMNS;
  const countsRow = (index: number) => rows.countsHeader + 1 + index;
  const summaryRow = (index: number) => rows.summaryHeader + 1 + index;
  const groups: { label: string; score: Distribution }[] = [
    ...catalogue.ambitions.map((ambition, index) => ({ label: ambitionTitle(ambition), score: score.ambitions[index]! })),
    { label: t.allAmbitions, score: score.overall },
  ];

  // The counts: COUNTIF over each ambition's Current Status column; the last row adds them up.
  sheet.getCell(rows.countsHeading, 1).value = t.countsHeading;
  sheet.getCell(rows.countsHeading, 1).font = { bold: true, size: 13 };
  tableHeader(sheet, rows.countsHeader, t.level3PlusCount);
  const firstCounts = countsRow(0);
  const lastCounts = countsRow(catalogue.ambitions.length - 1);
  groups.forEach((group, index) => {
    const r = countsRow(index);
    const isAll = index === catalogue.ambitions.length;
    const row = sheet.getRow(r);
    row.getCell(1).value = group.label;
    if (isAll) row.font = { bold: true };
    const { counts } = group.score;
    C.levels.forEach((letter, level) => {
      sheet.getCell(`${letter}${r}`).value = isAll
        ? formula(`SUM(${letter}${firstCounts}:${letter}${lastCounts})`, counts[level]!)
        : formula(`COUNTIF(${ranges[index]},"${LEVEL_LABELS[level]}")`, counts[level]!);
    });
    sheet.getCell(`${C.level3Plus}${r}`).value = formula(`SUM(E${r}:G${r})`, counts[3] + counts[4] + counts[5]);
    sheet.getCell(`${C.notRated}${r}`).value = formula(`${C.items}${r}-SUM(B${r}:G${r})`, group.score.notRated);
    // An ambition's item count is the catalogue's (a constant), the denominator of every share.
    sheet.getCell(`${C.items}${r}`).value = isAll ? formula(`SUM(${C.items}${firstCounts}:${C.items}${lastCounts})`, group.score.items) : group.score.items;
  });

  // The shares: whole tenths rounded half up from the counts (ROUND(count*1000/items)/10 is
  // exact, as the scoring library's integer arithmetic), never sums of rounded shares.
  sheet.getCell(rows.summaryHeading, 1).value = t.summaryHeading;
  sheet.getCell(rows.summaryHeading, 1).font = { bold: true, size: 13 };
  tableHeader(sheet, rows.summaryHeader, t.level3Plus);
  groups.forEach((group, index) => {
    const r = summaryRow(index);
    const from = countsRow(index);
    const row = sheet.getRow(r);
    row.getCell(1).value = group.label;
    row.getCell(1).alignment = { wrapText: true, vertical: "top" };
    if (index === catalogue.ambitions.length) row.font = { bold: true };
    const share = (letter: string, result: number) => {
      const cell = sheet.getCell(`${letter}${r}`);
      cell.value = formula(`IF(${C.items}${from}=0,0,ROUND(${letter}${from}*1000/${C.items}${from},0)/10)`, result);
      cell.numFmt = SHARE_FORMAT;
    };
    C.levels.forEach((letter, level) => share(letter, group.score.shares[level]!));
    share(C.level3Plus, group.score.level3Plus);
    sheet.getCell(`${C.notRated}${r}`).value = formula(`${C.notRated}${from}`, group.score.notRated);
    sheet.getCell(`${C.items}${r}`).value = formula(`${C.items}${from}`, group.score.items);
  });
  const note = sheet.getCell(rows.summaryNote, 1);
  sheet.mergeCells(rows.summaryNote, 1, rows.summaryNote, 10);
  note.value = t.summaryNote;
  note.alignment = WRAP;
  sheet.getRow(rows.summaryNote).height = 45;

  sheet.getCell(rows.levelsHeading, 1).value = t.levelsHeading;
  sheet.getCell(rows.levelsHeading, 1).font = { bold: true, size: 13 };
  for (const [column, text] of [
    [1, t.levelColumn],
    [2, t.descriptorColumn],
  ] as const) {
    const cell = sheet.getCell(rows.levelsHeader, column);
    cell.value = text;
    cell.font = { bold: true };
    cell.fill = HEADER_FILL;
  }
  sheet.mergeCells(rows.levelsHeader, 2, rows.levelsHeader, 10);
  for (const level of catalogue.levels) {
    const r = rows.levelsHeader + 1 + level.level;
    sheet.getCell(r, 1).value = levelLabel(level.level);
    sheet.mergeCells(r, 2, r, 10);
    sheet.getCell(r, 2).value = level.descriptor;
    sheet.getCell(r, 2).alignment = { ...WRAP, horizontal: "left" };
  }
}

/** The Current Status cells of an ambition's sheet, as a formula names them. */
function levelRange(ambition: LayoutCatalogue["ambitions"][number]): string {
  const lastRow = FIRST_BODY_ROW + Math.max(ambitionRows(ambition).length, 1) - 1;
  return `'${ambitionSheetName(ambition.number)}'!$C$${FIRST_BODY_ROW}:$C$${lastRow}`;
}

/** The workbook's bytes: the front sheet, then one sheet per ambition. */
export async function buildReturnWorkbook(input: ReturnWorkbookInput): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Ambitions self-assessment";
  addFrontSheet(workbook, input, input.catalogue.ambitions.map(levelRange));
  for (const ambition of input.catalogue.ambitions) addAmbitionSheet(workbook, ambition, input.answers);
  if (input.plan) addPlanSheet(workbook, input.plan);
  // The fastest deflate level: a third less time than the default for a few per cent more bytes
  // (measured with npm run bench:xlsx), and the download's time is what people wait for.
  return Buffer.from(await workbook.xlsx.writeBuffer({ zip: { compression: "DEFLATE", compressionOptions: { level: 1 } } }));
}
