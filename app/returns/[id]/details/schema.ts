import { z } from "zod";
import { copy } from "@/lib/copy/en";
import { optionalDate } from "@/lib/forms/date-field";
import { plainText } from "@/lib/forms/plain-text";
import { returnTitle } from "../../new/schema";

const errors = copy.returns.errors;
export const DETAIL_MAX = 2_000;

const detail = (label: string) => plainText({ label, max: DETAIL_MAX, tooLong: errors.textTooLong(label, DETAIL_MAX) });

export const detailsSchema = z.object({
  title: returnTitle,
  completedBy: detail(copy.returns.details.completedBy),
  versionNote: detail(copy.returns.details.versionNote),
  // YYYY-MM-DD joined from the date input's day, month and year (joinDateParts), or nothing.
  completionDate: optionalDate({ invalid: errors.dateInvalid, outOfRange: errors.dateOutOfRange }),
  livedExperience: detail(copy.returns.details.livedExperience),
});
