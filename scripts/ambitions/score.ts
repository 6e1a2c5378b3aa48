// `ambitions score FILE [--json]`: scores one return in the JSON interchange format
// (docs/score-format.md) against its built-in catalogue version.
import { z } from "zod";
import { builtinCatalogues, findBuiltinCatalogue } from "../../lib/catalogue/builtin";
import { formatIssuePath, type Catalogue } from "../../lib/catalogue/schema";
import { readJsonFile } from "../../lib/files/read-json-file";
import { AppError, type ErrorCode } from "../../lib/errors";
import { isScoringError, scoreReturn, type Distribution, type Levels, type ReturnScore } from "../../lib/scoring";
import { say } from "../run-main";
import { isZipArchive, readFileBytes, scoreWorkbook } from "./score-workbook";

/** A problem with the file given to `score`: the message names the file, and the key if any. */
export class ScoreFileError extends AppError {
  constructor(code: ErrorCode, file: string, problem: string) {
    super(code, `${file}: ${problem}`);
  }
}

const USAGE = "score FILE [--json]";

const returnFileSchema = z.looseObject({
  catalogue: z.string().min(1, "must name a catalogue version, e.g. regional-2021"),
  // Checked as an object and passed on untouched: zod's record would rebuild it and silently drop
  // a "__proto__" key, which the scorer must see to reject it. The scorer checks every entry.
  levels: z.custom<Record<string, unknown>>(
    (value) => typeof value === "object" && value !== null && !Array.isArray(value),
    "must be an object of item ids to levels, e.g. {\"1.1.2\": 3}",
  ),
});

/** Reads, checks and scores one return file; every failure is an AppError naming the file. */
export async function scoreFile(file: string): Promise<{ catalogue: Catalogue; score: ReturnScore }> {
  // An xlsx workbook (judged by its bytes) is read by the import's reader; anything else is JSON.
  const bytes = await readFileBytes(file);
  if (isZipArchive(bytes)) return scoreWorkbook(file, bytes);
  const json = await readJsonFile(file, "a return file");
  if (typeof json !== "object" || json === null || Array.isArray(json)) {
    throw new ScoreFileError("VALIDATION", file, 'must hold one JSON object: {"catalogue": "regional-2021", "levels": {...}}.');
  }
  const parsed = returnFileSchema.safeParse(json);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${formatIssuePath(issue.path)}: ${issue.message}`);
    throw new ScoreFileError("VALIDATION", file, `${problems.join("; ")}.`);
  }
  const catalogue = findBuiltinCatalogue(parsed.data.catalogue);
  if (!catalogue) {
    const known = builtinCatalogues.map((known) => known.id).join(", ");
    throw new ScoreFileError("NOT_FOUND", file, `unknown catalogue "${parsed.data.catalogue}"; the built-in catalogues are: ${known}.`);
  }
  try {
    // Values are unchecked here on purpose: scoreReturn checks each one and names its key.
    return { catalogue, score: scoreReturn(catalogue, parsed.data.levels as Levels) };
  } catch (error) {
    if (isScoringError(error)) throw new ScoreFileError("VALIDATION", file, error.message);
    throw error;
  }
}

function formatTable(catalogue: Catalogue, score: ReturnScore): string[] {
  const percent = (value: number) => value.toFixed(1);
  const names = new Map(catalogue.ambitions.map((ambition) => [ambition.number, `${ambition.number} ${ambition.name}`]));
  const rows: string[][] = [
    ["Ambition", "Items", "Not rated", "L0 %", "L1 %", "L2 %", "L3 %", "L4 %", "L5 %", "3+ %"],
  ];
  const row = (label: string, group: Distribution) => [
    label,
    String(group.items),
    String(group.notRated),
    ...group.shares.map(percent),
    percent(group.level3Plus),
  ];
  for (const ambition of score.ambitions) rows.push(row(names.get(ambition.ambition) ?? String(ambition.ambition), ambition));
  rows.push(row("All ambitions", score.overall));

  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((cells) => cells[column]!.length)));
  const line = (cells: string[]) =>
    cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join("  ");
  return [
    `Catalogue: ${catalogue.id} (${catalogue.title})`,
    "",
    line(rows[0]!),
    ...rows.slice(1).map(line),
    "",
    "Shares are per cent of all the ambition's items, rated or not, to one decimal place (half up).",
    `Headline band: ${score.band ?? "none (nothing is rated)"}`,
  ];
}

export const score = {
  usage: USAGE,
  summary: "score one return file (JSON interchange format or a self-assessment xlsx workbook); --json prints the result as one JSON object",
  async run(args: string[]): Promise<void> {
    const json = args.includes("--json");
    const rest = args.filter((arg) => arg !== "--json");
    const unknownOption = rest.find((arg) => arg.startsWith("-") && arg !== "-");
    if (unknownOption) throw new AppError("VALIDATION", `Unknown option ${unknownOption}. Usage: ambitions ${USAGE}`);
    if (rest.length !== 1) throw new AppError("VALIDATION", `Name one return file. Usage: ambitions ${USAGE}`);
    const file = rest[0]!;

    const { catalogue, score } = await scoreFile(file);
    if (json) say(JSON.stringify(score));
    else for (const text of formatTable(catalogue, score)) say(text);
  },
};
