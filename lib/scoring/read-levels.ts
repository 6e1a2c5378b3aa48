// The one place a levels map is checked, so scoring and comparison report bad input the same way.
import { ScoringError, type ScoringProblem } from "./errors";
import type { PreparedCatalogue } from "./prepare-catalogue";
import type { Levels } from "./types";

/** Marks an item with no level in a per-item level array. */
export const NOT_RATED = -1;

function describe(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value);
  if (typeof value === "number") return String(value);
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

/**
 * Writes each item's level (or NOT_RATED) into `out`, indexed by catalogue position, and throws a
 * ScoringError naming every bad key: an id the catalogue does not have, a level that is not a
 * whole number 0-5, or a stem given a level. A stem given `null` is accepted: it says nothing.
 */
export function readLevels(catalogue: PreparedCatalogue, levels: Levels, out: Int8Array): Int8Array {
  out.fill(NOT_RATED);
  // Allocated only when something is wrong: the common case makes no garbage here.
  let problems: ScoringProblem[] | undefined;

  for (const key of Object.keys(levels)) {
    // Read as unknown: the type promises numbers, but returns arrive from JSON files and forms.
    const level: unknown = levels[key];
    const index = catalogue.indexById.get(key);
    if (index === undefined) {
      if (!catalogue.stemNumbers.has(key)) {
        (problems ??= []).push({
          code: "UNKNOWN_ITEM",
          key,
          message: `"${key}" is not an item of catalogue ${catalogue.id}.`,
        });
      } else if (level !== null && level !== undefined) {
        (problems ??= []).push({
          code: "STEM_RATED",
          key,
          message: `"${key}" is a stem shared by other items, not a rated item: rate its items instead.`,
        });
      }
      continue;
    }
    if (level === null || level === undefined) continue;
    if (typeof level !== "number" || !Number.isInteger(level) || level < 0 || level > 5) {
      (problems ??= []).push({
        code: "INVALID_LEVEL",
        key,
        message: `"${key}" has level ${describe(level)}: a level is a whole number from 0 to 5, or null when not rated.`,
      });
      continue;
    }
    out[index] = level;
  }

  if (problems) throw new ScoringError(problems);
  return out;
}
