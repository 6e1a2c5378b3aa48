import { z } from "zod";
import { copy } from "@/lib/copy/en";
import { plainText } from "@/lib/forms/plain-text";
import { REOPEN_REASON_MAX } from "@/lib/returns/reopen-reason";

const t = copy.handIn;

export const reopenSchema = z.object({
  reason: plainText({ label: t.reasonName, max: REOPEN_REASON_MAX, tooLong: t.reasonTooLong(REOPEN_REASON_MAX), missing: t.reasonMissing }),
});
