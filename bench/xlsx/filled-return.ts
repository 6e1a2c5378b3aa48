// What both xlsx benches measure with: a fully filled return on the built-in catalogue, every
// item with 2,000-character evidence and gaps, and the timing and start-up helpers they share.
import { DEFAULT_CATALOGUE_ID, findBuiltinCatalogue } from "../../lib/catalogue/builtin";
import { StartupError } from "../../lib/errors";
import type { WorkbookAnswer } from "../../lib/xlsx/build-return-workbook";
import { layoutCatalogueOf } from "../../lib/xlsx/layout-catalogue-of";
import { ambitionRows } from "../../lib/xlsx/regional-layout";
import { say } from "../../scripts/run-main";

export const TEXT_LENGTH = 2_000;

/** 2,000 characters of prose with line breaks and a few non-ASCII characters, different per seed. */
export function longText(seed: string): string {
  const sentence = `${seed}: the locality's ReSPECT Plus record is shared across primary, community and hospice care – “what matters to me” conversations.\n`;
  return sentence.repeat(Math.ceil(TEXT_LENGTH / sentence.length)).slice(0, TEXT_LENGTH);
}

/** The default catalogue and an answer for every item (levels 0-5 in turn). */
export function filledReturn() {
  const catalogueFile = findBuiltinCatalogue(DEFAULT_CATALOGUE_ID);
  if (!catalogueFile) throw new StartupError(`The built-in catalogue ${DEFAULT_CATALOGUE_ID} is missing.`);
  const catalogue = layoutCatalogueOf(catalogueFile);
  const keys = catalogue.ambitions.flatMap((ambition) => ambitionRows(ambition).flatMap((row) => (row.kind === "item" ? [row.key] : [])));
  const answers = new Map<string, WorkbookAnswer>(keys.map((key, index) => [key, { level: index % 6, evidence: longText(`Evidence ${key}`), gaps: longText(`Gaps ${key}`) }]));
  return { catalogueFile, catalogue, keys, answers };
}

export function summarise(label: string, times: number[], targetMs: number): void {
  const sorted = [...times].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)]!;
  const worst = sorted[sorted.length - 1]!;
  say(`${label}: median ${median.toFixed(1)} ms, slowest ${worst.toFixed(1)} ms over ${times.length} runs${median > targetMs ? ` (above the target of ${targetMs} ms)` : ""}`);
}

export async function time(work: () => Promise<unknown>): Promise<number> {
  const started = process.hrtime.bigint();
  await work();
  return Number(process.hrtime.bigint() - started) / 1e6;
}

export async function waitForHealth(url: string, server: { exited: boolean }): Promise<void> {
  const deadline = Date.now() + 20 * 60_000; // a first production build on a loaded machine
  while (Date.now() < deadline) {
    if (server.exited) throw new StartupError("The app stopped before it was ready; see its output above.");
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
  throw new StartupError(`The app did not answer ${url} within 20 minutes.`);
}
