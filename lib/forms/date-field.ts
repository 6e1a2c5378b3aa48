// A date typed into <input type="date">: YYYY-MM-DD or nothing, within a range PostgreSQL and
// people both accept. Year 0 (0000-01-01) is a valid ISO string but not a PostgreSQL date; a
// year like 0226 is a slip for 2026. The range is said in the error.
import { z } from "zod";

/** The first and last dates any date field of this service accepts (docs/input.md). */
export const EARLIEST_DATE = "2000-01-01";
export const LATEST_DATE = "2099-12-31";

/** An optional date field: "" → null, otherwise a real date within [EARLIEST_DATE, LATEST_DATE] at UTC midnight. */
export function optionalDate(messages: { invalid: string; outOfRange: string }) {
  return z
    .union([z.literal(""), z.iso.date({ error: messages.invalid })], { error: messages.invalid })
    // Only a well-formed date is checked for range: one error per date, not two.
    .refine((value) => value === "" || !/^[0-9]{4}-[0-9]{2}-[0-9]{2}$/.test(value) || (value >= EARLIEST_DATE && value <= LATEST_DATE), {
      error: messages.outOfRange,
    })
    .transform((value) => (value === "" ? null : new Date(`${value}T00:00:00Z`)));
}

/** The names of the design system date input's three boxes for a field. */
export function datePartNames(name: string): { day: string; month: string; year: string } {
  return { day: `${name}-day`, month: `${name}-month`, year: `${name}-year` };
}

/**
 * The design system's date input sends day, month and year as three boxes; joined here into
 * the YYYY-MM-DD that optionalDate reads ("" when all three are empty), so one rule, and one
 * error for the whole date, covers both. Anything that is not 1-2 digits, 1-2 digits and 4
 * digits is passed on as typed, which optionalDate then refuses as not a real date.
 */
export function joinDateParts(parts: { day: unknown; month: unknown; year: unknown }): string {
  const [day, month, year] = [parts.day, parts.month, parts.year].map((part) => (typeof part === "string" ? part.trim() : ""));
  if (day === "" && month === "" && year === "") return "";
  if (!/^[0-9]{1,2}$/.test(day!) || !/^[0-9]{1,2}$/.test(month!) || !/^[0-9]{4}$/.test(year!)) return `${year}-${month}-${day}`;
  return `${year}-${month!.padStart(2, "0")}-${day!.padStart(2, "0")}`;
}

/** A stored date (UTC midnight) as the three boxes' values. */
export function splitDate(date: Date | null): { day: string; month: string; year: string } {
  if (!date) return { day: "", month: "", year: "" };
  return { day: String(date.getUTCDate()), month: String(date.getUTCMonth() + 1), year: String(date.getUTCFullYear()) };
}
