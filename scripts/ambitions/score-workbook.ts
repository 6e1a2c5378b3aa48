// `ambitions score FILE.xlsx`: the levels of a filled-in self-assessment workbook (our export or
// a regional copy), scored like the JSON interchange format, so both give identical --json
// output for the same levels. The catalogue is the one the front sheet names, else the default.
import { readFile } from "node:fs/promises";
import { builtinCatalogues, DEFAULT_CATALOGUE_ID, findBuiltinCatalogue } from "../../lib/catalogue/builtin";
import type { Catalogue } from "../../lib/catalogue/schema";
import { UnreadableFileError } from "../../lib/errors";
import { scoreReturn, type ReturnScore } from "../../lib/scoring";
import { inspectXlsxArchive } from "../../lib/xlsx/inspect-xlsx-archive";
import { readReturnWorkbook } from "../../lib/xlsx/read-return-workbook";
import { ScoreFileError } from "./score";

/** Whether `bytes` are a zip archive (an xlsx), whatever the file is called. */
export function isZipArchive(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

export async function readFileBytes(file: string): Promise<Buffer> {
  try {
    return await readFile(file);
  } catch (error) {
    throw new UnreadableFileError(file, (error as NodeJS.ErrnoException).code === "ENOENT" ? "no such file." : "cannot be read.");
  }
}

/** Scores a workbook's levels; cells the reader could not read are reported on stderr and count as not rated. */
export async function scoreWorkbook(file: string, bytes: Buffer): Promise<{ catalogue: Catalogue; score: ReturnScore }> {
  inspectXlsxArchive(bytes, file);
  const first = await readReturnWorkbook(bytes, file, findBuiltinCatalogue(DEFAULT_CATALOGUE_ID)!);
  const catalogue = findBuiltinCatalogue(first.catalogueId ?? DEFAULT_CATALOGUE_ID);
  if (!catalogue) {
    const known = builtinCatalogues.map((known) => known.id).join(", ");
    throw new ScoreFileError("NOT_FOUND", file, `the workbook names catalogue "${first.catalogueId}", which is not built in; the built-in catalogues are: ${known}.`);
  }
  const read = catalogue.id === DEFAULT_CATALOGUE_ID ? first : await readReturnWorkbook(bytes, file, catalogue);
  for (const problem of read.problems) process.stderr.write(`${problem.place}: ${problem.message}\n`);
  const levels: Record<string, number | null> = {};
  for (const answer of read.answers) levels[answer.key] = answer.level ?? null;
  return { catalogue, score: scoreReturn(catalogue, levels) };
}
