// The regional comparison as a spreadsheet, for regional leads who pass figures on by email:
// a summary sheet (the table on the comparison page) and one sheet per ambition (the item by
// item levels). Shares are numbers with one decimal place, so the workbook adds up as the page.
// Header rows are frozen and filtered, so a lead can sort and filter ICBs and items.
import ExcelJS from "exceljs";
import { workbookCopy } from "../copy/workbook";
import type { ItemMatrix, MatrixCell } from "../regions/build-item-matrix";
import type { RegionSummary } from "../regions/summarise-region";

export interface RegionWorkbookText {
  title: string;
  generated: string;
  note: string;
  columns: { icb: string; return: string; status: string; submitted: string; ambition: (n: number) => string; overall: string; band: string };
  statusLabels: Record<string, string>;
  noReturn: string;
  regionRow: (count: number) => string;
  itemColumn: string;
  atLevel3Plus: string;
  cell: { notRated: string; notComparable: string };
  sheetName: (n: number) => string;
}

const SHARE_FORMAT = "0.0";

function cellValue(cell: MatrixCell, text: RegionWorkbookText): number | string {
  return cell.kind === "level" ? cell.level : cell.kind === "not-rated" ? text.cell.notRated : text.cell.notComparable;
}

function boldRow(row: ExcelJS.Row) {
  row.font = { bold: true };
}

export async function buildRegionWorkbook(summary: RegionSummary, matrices: readonly ItemMatrix[], text: RegionWorkbookText): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Ambitions self-assessment";

  const sheet = workbook.addWorksheet("Summary");
  sheet.addRow([text.title]).font = { bold: true, size: 14 };
  sheet.addRow([text.generated]);
  sheet.addRow([text.note]);
  sheet.addRow([]);
  const c = text.columns;
  const header = sheet.addRow([c.icb, c.return, c.status, c.submitted, ...summary.ambitions.map((a) => c.ambition(a.number)), c.overall, c.band, workbookCopy.region.itemsRated]);
  boldRow(header);
  for (const row of summary.icbs) {
    if (!row.latest || !row.overall) {
      sheet.addRow([row.icb.name, text.noReturn]);
      continue;
    }
    sheet.addRow([
      row.icb.name,
      row.latest.title,
      text.statusLabels[row.latest.status] ?? row.latest.status,
      row.latest.submittedAt,
      ...summary.ambitions.map((a) => row.level3Plus.get(a.number) ?? 0),
      row.overall.level3Plus,
      row.band ?? "",
      row.overall.items - row.overall.notRated,
    ]);
  }
  // Filters over the ICB rows only: the region row stays below them, whatever the sort.
  sheet.autoFilter = { from: { row: header.number, column: 1 }, to: { row: sheet.rowCount, column: header.cellCount } };
  sheet.views = [{ state: "frozen", ySplit: header.number, xSplit: 1 }];
  if (summary.pooled.overall.pooled > 0) {
    boldRow(
      sheet.addRow([
        text.regionRow(summary.pooled.overall.pooled),
        "",
        "",
        null,
        ...summary.ambitions.map((a) => summary.pooled.ambitions.get(a.number)?.level3Plus ?? 0),
        summary.pooled.overall.level3Plus,
        summary.pooled.overall.band ?? "",
        summary.pooled.overall.items - summary.pooled.overall.notRated,
      ]),
    );
  }
  sheet.getColumn(1).width = 48;
  sheet.getColumn(2).width = 36;
  sheet.getColumn(4).numFmt = "dd/mm/yyyy";
  sheet.getColumn(4).width = 12;
  for (let index = 0; index <= summary.ambitions.length; index++) sheet.getColumn(5 + index).numFmt = SHARE_FORMAT;

  for (const matrix of matrices) {
    const page = workbook.addWorksheet(text.sheetName(matrix.ambition.number));
    page.addRow([`${text.sheetName(matrix.ambition.number)}: ${matrix.ambition.name}`]).font = { bold: true, size: 14 };
    page.addRow([matrix.ambition.statement]);
    page.addRow([]);
    const pageHeader = page.addRow([workbookCopy.region.itemIdColumn, text.itemColumn, ...matrix.icbs.map((icb) => icb.name), text.atLevel3Plus]);
    boldRow(pageHeader);
    for (const section of matrix.sections) {
      boldRow(page.addRow([section.number, section.title]));
      for (const item of section.items) {
        const wording = item.stem ? `${item.stem} ${item.text}` : item.text;
        // An unnumbered item (4.1.2's services) is named by its id, so every row can be looked up.
        page.addRow([item.number ?? item.key, wording, ...item.cells.map((cell) => cellValue(cell, text)), `${item.atLevel3Plus} / ${item.rated}`]);
      }
    }
    page.autoFilter = { from: { row: pageHeader.number, column: 1 }, to: { row: page.rowCount, column: pageHeader.cellCount } };
    page.views = [{ state: "frozen", ySplit: pageHeader.number, xSplit: 2 }];
    page.getColumn(1).width = 14;
    page.getColumn(2).width = 70;
    page.getColumn(2).alignment = { wrapText: true, vertical: "top" };
  }

  return Buffer.from(await workbook.xlsx.writeBuffer());
}
