import { z } from "zod";
import { copy } from "@/lib/copy/en";
import { partnersCopy } from "@/lib/copy/partners";
import { plainText } from "@/lib/forms/plain-text";

export const ANSWER_TEXT_MAX = 10_000;
export const NOT_RATED = "not-rated";
/** Why the level is what it is (partners' proposal, a refresh's move); the column's CHECK holds 500 too. */
export const LEVEL_REASON_TEXT_MAX = 500;
/** The largest value of the revision column (a PostgreSQL integer). */
export const MAX_REVISION = 2_147_483_647;

const text = (label: string) => plainText({ label, max: ANSWER_TEXT_MAX, tooLong: copy.returns.item.textTooLong(label, ANSWER_TEXT_MAX) });

export const answerSchema = z.object({
  level: z
    .enum([NOT_RATED, "0", "1", "2", "3", "4", "5"], { error: copy.returns.item.levelInvalid })
    .transform((value) => (value === NOT_RATED ? null : Number(value))),
  evidence: text(copy.returns.item.evidenceName),
  gaps: text(copy.returns.item.gapsName),
  // Sent only by a form that asks it; left out, the stored reason stays as it is (saveAnswer).
  levelReason: plainText({
    label: partnersCopy.reason.name,
    max: LEVEL_REASON_TEXT_MAX,
    tooLong: partnersCopy.reason.tooLong(LEVEL_REASON_TEXT_MAX),
  }).optional(),
  // A hidden field the page wrote; anything else was not sent by this service's page.
  revision: z
    .string({ error: copy.returns.errors.revisionInvalid })
    .regex(/^[0-9]{1,10}$/, { error: copy.returns.errors.revisionInvalid })
    .transform(Number)
    .pipe(z.number().int().min(0).max(MAX_REVISION, { error: copy.returns.errors.revisionInvalid })),
  // Present only when "Save and go to the next item" was pressed.
  next: z
    .string()
    .optional()
    .transform((value) => value === "1"),
});
