// Inputs for the return workbook's tests: the built-in catalogue in the layout's shape, the
// BNSSG return (seed 001) and random returns.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { findBuiltinCatalogue } from "@/lib/catalogue/builtin";
import { ambitionRows, type LayoutCatalogue } from "@/lib/xlsx/regional-layout";
import { layoutCatalogueOf } from "@/lib/xlsx/layout-catalogue-of";
import type { ReturnWorkbookInput, WorkbookAnswer } from "@/lib/xlsx/build-return-workbook";

export const CATALOGUE: LayoutCatalogue = layoutCatalogueOf(findBuiltinCatalogue("regional-2021")!);

export const ITEM_KEYS: string[] = CATALOGUE.ambitions.flatMap((ambition) => ambitionRows(ambition).flatMap((row) => (row.kind === "item" ? [row.key] : [])));

const fixture = JSON.parse(readFileSync(fileURLToPath(new URL("../../fixtures/bnssg-2022-23.json", import.meta.url)), "utf8")) as {
  levels: Record<string, number | null>;
};

export const BNSSG_LEVELS: Record<string, number | null> = fixture.levels;

export const HEADER: ReturnWorkbookInput["header"] = {
  organisation: "Bristol, North Somerset and South Gloucestershire ICB",
  completedBy: "End of Life Care Programme Board",
  versionNote: "Refreshed 2022/3",
  completionDate: new Date(Date.UTC(2023, 2, 1)),
  signOff: "Dr Clinical Lead",
  livedExperience: "Two carers from the\nBristol carers' forum",
};

export function inputOf(levels: Record<string, number | null>, texts: (key: string) => { evidence: string; gaps: string } = () => ({ evidence: "", gaps: "" })): ReturnWorkbookInput {
  const answers = new Map<string, WorkbookAnswer>();
  for (const [key, level] of Object.entries(levels)) answers.set(key, { level, ...texts(key) });
  return {
    catalogue: CATALOGUE,
    header: HEADER,
    status: { status: "submitted", startedAt: new Date(Date.UTC(2023, 0, 5, 9)), submittedAt: new Date(Date.UTC(2023, 2, 2, 10)), submittedBy: "Priya", signedOffAt: null, signedOffBy: null },
    answers,
  };
}

/** Random levels for every item: a level 0-5, or not rated (null or left out). */
export const levelsArbitrary: fc.Arbitrary<Record<string, number | null>> = fc
  .array(fc.oneof(fc.integer({ min: 0, max: 5 }), fc.constant(null), fc.constant(undefined)), { minLength: ITEM_KEYS.length, maxLength: ITEM_KEYS.length })
  .map((values) => {
    const levels: Record<string, number | null> = {};
    values.forEach((value, index) => {
      if (value !== undefined) levels[ITEM_KEYS[index]!] = value;
    });
    return levels;
  });
