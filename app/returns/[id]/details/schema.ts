import { z } from "zod";
import { copy } from "@/lib/copy/en";
import { returnTitle } from "../../new/schema";

const errors = copy.returns.errors;
const DETAIL_MAX = 2_000;

const detail = z
  .string()
  .max(DETAIL_MAX, { error: errors.textTooLong(DETAIL_MAX) })
  .transform((value) => value.replace(/\r\n?/g, "\n").trim());

export const detailsSchema = z.object({
  title: returnTitle,
  completedBy: detail,
  versionNote: detail,
  // <input type="date"> sends a real date as YYYY-MM-DD, or nothing.
  completionDate: z
    .union([z.literal(""), z.iso.date({ error: errors.dateInvalid })], { error: errors.dateInvalid })
    .transform((value) => (value === "" ? null : new Date(`${value}T00:00:00Z`))),
  livedExperience: detail,
});
