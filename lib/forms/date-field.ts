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
    .refine((value) => value === "" || (value >= EARLIEST_DATE && value <= LATEST_DATE), { error: messages.outOfRange })
    .transform((value) => (value === "" ? null : new Date(`${value}T00:00:00Z`)));
}
