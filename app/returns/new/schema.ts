import { z } from "zod";
import { copy } from "@/lib/copy/en";
import { plainText } from "@/lib/forms/plain-text";

const errors = copy.returns.errors;
export const TITLE_MAX = 120;

export const returnTitle = plainText({
  label: copy.returns.details.title,
  max: TITLE_MAX,
  tooLong: errors.titleTooLong(TITLE_MAX),
  missing: errors.titleMissing,
});

export const newReturnSchema = z.object({
  organisationId: z.string({ error: errors.organisationMissing }).min(1, { error: errors.organisationMissing }),
  title: returnTitle,
});
