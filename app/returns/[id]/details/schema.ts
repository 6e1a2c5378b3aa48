import { z } from "zod";
import { copy } from "@/lib/copy/en";
import { optionalDate } from "@/lib/forms/date-field";
import { plainText } from "@/lib/forms/plain-text";
import { returnTitle } from "../../new/schema";

const errors = copy.returns.errors;
export const DETAIL_MAX = 2_000;

const detail = (label: string) => plainText({ label, max: DETAIL_MAX, tooLong: errors.textTooLong(DETAIL_MAX) });

export const detailsSchema = z.object({
  title: returnTitle,
  completedBy: detail(copy.returns.details.completedBy),
  versionNote: detail(copy.returns.details.versionNote),
  // <input type="date"> sends a real date as YYYY-MM-DD, or nothing.
  completionDate: optionalDate({ invalid: errors.dateInvalid, outOfRange: errors.dateOutOfRange }),
  livedExperience: detail(copy.returns.details.livedExperience),
});
