import { z } from "zod";
import { copy } from "@/lib/copy/en";

export const ANSWER_TEXT_MAX = 10_000;
export const NOT_RATED = "not-rated";

const text = z
  .string()
  .max(ANSWER_TEXT_MAX, { error: copy.returns.item.textTooLong(ANSWER_TEXT_MAX) })
  // Browsers send textarea line breaks as CRLF; store one form.
  .transform((value) => value.replace(/\r\n?/g, "\n").trim());

export const answerSchema = z.object({
  level: z
    .enum([NOT_RATED, "0", "1", "2", "3", "4", "5"], { error: copy.returns.item.levelInvalid })
    .transform((value) => (value === NOT_RATED ? null : Number(value))),
  evidence: text,
  gaps: text,
  revision: z.coerce.number().int().min(0),
});
