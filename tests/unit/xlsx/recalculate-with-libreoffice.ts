// Opens workbooks in LibreOffice Calc (headless) with recalculation on load forced on, and reads
// back each front sheet's values as Calc computed them: the "spreadsheet program" of the
// recalculation test. A private profile per call keeps parallel runs from sharing one.
import { execFile } from "node:child_process";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { FRONT_SHEET_NAME } from "@/lib/xlsx/regional-layout";

const run = promisify(execFile);

// OOXMLRecalcMode 0: "always recalculate" Excel 2007+ files on load, whatever wrote them, so the
// figures read back are Calc's own and never the cached values the workbook carries.
const PROFILE = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

// CSV with comma, double quote, UTF-8 (76), every sheet to its own file (-1).
const CSV_FILTER = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1";

/** One CSV document as rows of cells (quoted cells may hold commas, quotes and line breaks). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let index = 0; index < text.length; index++) {
    const char = text[index]!;
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        cell += '"';
        index++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ",") {
      row.push(cell);
      cell = "";
    } else if (char === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
    } else if (char !== "\r") cell += char;
  }
  if (cell !== "" || row.length > 0) rows.push([...row, cell]);
  return rows;
}

/** Each workbook's `sheet` (the front sheet by default) as LibreOffice recalculated it, as CSV rows. */
export async function recalculateSheets(workbooks: readonly Buffer[], sheet: string = FRONT_SHEET_NAME): Promise<string[][][]> {
  const folder = await mkdtemp(join(tmpdir(), "ambitions-soffice-"));
  try {
    await mkdir(join(folder, "profile", "user"), { recursive: true });
    await writeFile(join(folder, "profile", "user", "registrymodifications.xcu"), PROFILE);
    const files = await Promise.all(
      workbooks.map(async (bytes, index) => {
        const file = join(folder, `workbook-${index}.xlsx`);
        await writeFile(file, bytes);
        return file;
      }),
    );
    await run("soffice", [`-env:UserInstallation=file://${join(folder, "profile")}`, "--headless", "--convert-to", CSV_FILTER, "--outdir", join(folder, "out"), ...files], {
      timeout: 170_000,
    });
    return await Promise.all(workbooks.map(async (_, index) => parseCsv(await readFile(join(folder, "out", `workbook-${index}-${sheet}.csv`), "utf8"))));
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}
