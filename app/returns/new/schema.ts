import { z } from "zod";
import { copy } from "@/lib/copy/en";

const errors = copy.returns.errors;
export const TITLE_MAX = 120;

export const returnTitle = z
  .string({ error: errors.titleMissing })
  .trim()
  .min(1, { error: errors.titleMissing })
  .max(TITLE_MAX, { error: errors.titleTooLong(TITLE_MAX) });

export const newReturnSchema = z.object({
  organisationId: z.string({ error: errors.organisationMissing }).min(1, { error: errors.organisationMissing }),
  title: returnTitle,
});
