// The regional comparison's workbook: frozen, filtered header rows, an items-rated column, and
// the 4.1.2 services named by their item ids.
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { findBuiltinCatalogue } from "@/lib/catalogue/builtin";
import { copy } from "@/lib/copy/en";
import type { ItemMatrix } from "@/lib/regions/build-item-matrix";
import type { RegionSummary } from "@/lib/regions/summarise-region";
import { poolDistributions, scoreReturn } from "@/lib/scoring";
import { buildRegionWorkbook } from "@/lib/xlsx/build-region-workbook";

const catalogue = findBuiltinCatalogue("regional-2021")!;
// Two ICBs: one rated ambition 1 only (19 items at level 3), one everything at level 2.
const scores = [scoreReturn(catalogue, { "1.1.2": 3, "1.1.4": 3 }), scoreReturn(catalogue, { "4.1.2/ambulance": 2, "6.1.1": 4 })];
const names = ["Devon", "Cornwall and the Isles of Scilly"];

const summary: RegionSummary = {
  ambitions: catalogue.ambitions.map(({ number, name }) => ({ number, name })),
  icbs: scores.map((score, index) => ({
    icb: { id: `icb-${index}`, name: names[index]! },
    latest: { id: `r-${index}`, title: `Return ${index}`, status: "submitted", submittedAt: new Date(Date.UTC(2026, 0, 1)), signedOffAt: null, catalogueVersionId: catalogue.id },
    level3Plus: new Map(score.ambitions.map((ambition) => [ambition.ambition, ambition.level3Plus])),
    overall: score.overall,
    band: score.band,
    onComparisonCatalogue: true,
    completeness: null,
  })),
  pooled: {
    ambitions: new Map(catalogue.ambitions.map(({ number }) => [number, poolDistributions(scores.map((score) => score.ambitions[number - 1]!))])),
    overall: poolDistributions(scores.map((score) => score.overall)),
  },
  published: 2,
  otherCatalogue: 0,
};

const matrix: ItemMatrix = {
  ambition: { number: 4, name: "Care is coordinated", statement: "I get the right help at the right time." },
  icbs: summary.icbs.map(({ icb }) => icb),
  completeness: [],
  withoutReturn: [],
  sections: [
    {
      number: "4.1",
      title: "Shared records",
      items: [
        { key: "4.1.1", number: "4.1.1", text: "First item", stem: null, cells: [{ kind: "not-rated" }, { kind: "level", level: 3 }], rated: 1, atLevel3Plus: 1 },
        { key: "4.1.2/ambulance", number: null, text: "Ambulance Service", stem: "EPaCCS information is being shared with the following services:", cells: [{ kind: "not-rated" }, { kind: "level", level: 2 }], rated: 1, atLevel3Plus: 0 },
      ],
    },
  ],
};

describe("the regional comparison workbook", () => {
  it("freezes and filters its header rows, counts each ICB's rated items and names services by id", async () => {
    const bytes = await buildRegionWorkbook(summary, [matrix], copy.regions.workbook("South West", "1 January 2026"));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);

    const sheet = workbook.getWorksheet("Summary")!;
    expect(sheet.getRow(5).getCell(13).value).toBe("Items rated");
    expect(sheet.getRow(6).getCell(1).value).toBe("Devon");
    expect(sheet.getRow(6).getCell(13).value).toBe(2);
    expect(sheet.getRow(7).getCell(13).value).toBe(2);
    expect(sheet.getRow(8).getCell(13).value).toBe(4); // the region row: both ICBs' rated items
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 5, xSplit: 1 });
    expect(sheet.autoFilter).toBe("A5:M7");

    const page = workbook.getWorksheet("Ambition 4")!;
    expect(page.views[0]).toMatchObject({ state: "frozen", ySplit: 4, xSplit: 2 });
    expect(page.autoFilter).toBe("A4:E7");
    expect(page.getRow(6).getCell(1).value).toBe("4.1.1");
    expect(page.getRow(7).getCell(1).value).toBe("4.1.2/ambulance");
    expect(page.getRow(7).getCell(2).value).toBe("EPaCCS information is being shared with the following services: Ambulance Service");
  });
});
