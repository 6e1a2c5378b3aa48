// `ambitions template` and `ambitions export` against a real database: the same workbook as the
// download routes, written to the file named by -o.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findBuiltinCatalogue } from "../../lib/catalogue/builtin";
import { referenceKey } from "../../lib/organisations/reference-key";
import { scoreReturn } from "../../lib/scoring";
import { seedReferenceData } from "../../lib/seed/seed-reference-data";
import { FRONT_SHEET_NAME, frontSheetRows } from "../../lib/xlsx/regional-layout";
import { freshDb } from "./support/database";
import { BNSSG } from "./support/organisation-fixtures";
import { createReturnWith } from "./support/return-fixtures";

const PROJECT_ROOT = fileURLToPath(new URL("../..", import.meta.url));
const levels = (JSON.parse(readFileSync(join(PROJECT_ROOT, "tests/fixtures/bnssg-2022-23.json"), "utf8")) as { levels: Record<string, number | null> }).levels;

describe("npm run ambitions -- template / export", () => {
  let fresh: Awaited<ReturnType<typeof freshDb>>;
  let folder: string;
  beforeAll(async () => {
    fresh = await freshDb();
    await seedReferenceData(fresh.db);
    folder = mkdtempSync(join(tmpdir(), "ambitions-xlsx-cli-"));
  });
  afterAll(async () => {
    rmSync(folder, { recursive: true, force: true });
    await fresh.cleanup();
  });

  const run = (...args: string[]) =>
    spawnSync(process.execPath, ["--import", "tsx", "scripts/ambitions.ts", ...args], {
      cwd: PROJECT_ROOT,
      encoding: "utf8",
      env: { ...process.env, DATABASE_URL: fresh.url },
    });

  async function read(file: string) {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    return workbook;
  }

  it("exports a stored return with its header, levels, evidence and the scoring library's summary", async () => {
    const bnssg = await fresh.db.organisation.findUniqueOrThrow({ where: { referenceKey: referenceKey("icb", BNSSG) } });
    const id = await createReturnWith(fresh.db, {
      organisationId: bnssg.id,
      status: "signed_off",
      title: "2022/23 refresh",
      submittedDaysAgo: 3,
      levels: (key) => levels[key] ?? null,
      gaps: (key) => (key === "1.2.1" ? "=no plan yet\nsecond line" : ""),
    });
    const file = join(folder, "bnssg.xlsx");
    const result = run("export", id, "-o", file);
    expect(result.stderr).not.toMatch(/Error|at /);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(`Wrote "2022/23 refresh" (${bnssg.name}) to ${file}.`);

    const workbook = await read(file);
    const front = workbook.getWorksheet(FRONT_SHEET_NAME)!;
    const rows = frontSheetRows(6);
    expect(front.getCell(rows.firstField, 2).value).toBe(bnssg.name);
    expect(front.getCell(rows.status, 2).value).toBe("Signed off");
    const score = scoreReturn(findBuiltinCatalogue("regional-2021")!, levels);
    const ambition4 = front.getRow(rows.summaryHeader + 4);
    expect([2, 3, 4, 5, 6, 7, 8].map((column) => ambition4.getCell(column).result)).toEqual([...score.ambitions[3]!.shares, score.ambitions[3]!.level3Plus]);
    const sheet = workbook.getWorksheet("Ambition 1")!;
    const item = sheet.getRows(4, sheet.rowCount)!.find((row) => row.getCell(1).value === "1.2.1")!;
    expect(item.getCell(3).value).toBe("Level 2");
    expect(item.getCell(5).value).toBe("=no plan yet\nsecond line");
  });

  it("writes a blank template of a named or the default catalogue version", async () => {
    for (const args of [["--catalogue", "regional-2021"], []]) {
      const file = join(folder, `template-${args.length}.xlsx`);
      const result = run("template", ...args, "-o", file);
      expect(result.status).toBe(0);
      expect(result.stdout).toContain("Wrote a blank template of regional-2021");
      const front = (await read(file)).getWorksheet(FRONT_SHEET_NAME)!;
      const rows = frontSheetRows(6);
      expect(front.getCell(rows.summaryAll, 9).result).toBe(75); // not rated: all 75
    }
  });

  it("refuses unknown ids, versions and missing options with one sentence", () => {
    const cases: [string[], RegExp][] = [
      [["export", "00000000-0000-4000-8000-000000000000", "-o", join(folder, "x.xlsx")], /No return with id 00000000-0000-4000-8000-000000000000/],
      [["template", "--catalogue", "no-such", "-o", join(folder, "x.xlsx")], /No catalogue version "no-such"/],
      [["template"], /Name the file to write with -o FILE/],
      [["template", "-o", join(folder, "x.csv")], /must end in \.xlsx/],
      [["export", "-o", join(folder, "x.xlsx")], /Name one return id/],
    ];
    for (const [args, message] of cases) {
      const result = run(...args);
      expect(result.status, args.join(" ")).not.toBe(0);
      expect(result.stderr).toMatch(message);
      expect(result.stderr).not.toMatch(/\n\s+at /);
    }
  });
});
