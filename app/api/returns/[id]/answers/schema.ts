import { z } from "zod";
import { autosaveCopy } from "@/lib/copy/autosave";
import { copy } from "@/lib/copy/en";
import { plainText } from "@/lib/forms/plain-text";
import { LEVEL_REASON_MAX } from "@/lib/returns/save-answer";
import { ANSWER_TEXT_MAX, MAX_REVISION } from "../../../../returns/[id]/items/[...key]/schema";

// The same text rules as the no-JavaScript form (line breaks made LF, control characters
// refused, trimmed, at most 10,000 characters), so both store the same thing for the same typing.
const text = (label: string) => plainText({ label, max: ANSWER_TEXT_MAX, tooLong: copy.returns.item.textTooLong(label, ANSWER_TEXT_MAX) });

export const saveAnswerRequestSchema = z.object({
  itemKey: z.string({ error: autosaveCopy.itemKeyInvalid }).min(1, { error: autosaveCopy.itemKeyInvalid }).max(100, { error: autosaveCopy.itemKeyInvalid }),
  level: z.number({ error: autosaveCopy.levelInvalid }).int({ error: autosaveCopy.levelInvalid }).min(0, { error: autosaveCopy.levelInvalid }).max(5, { error: autosaveCopy.levelInvalid }).nullable(),
  evidence: text(copy.returns.item.evidenceName),
  gaps: text(copy.returns.item.gapsName),
  expectedRevision: z
    .number({ error: autosaveCopy.revisionInvalid })
    .int({ error: autosaveCopy.revisionInvalid })
    .min(0, { error: autosaveCopy.revisionInvalid })
    .max(MAX_REVISION, { error: autosaveCopy.revisionInvalid }),
  levelReason: plainText({ label: autosaveCopy.levelReasonName, max: LEVEL_REASON_MAX, tooLong: autosaveCopy.levelReasonTooLong(LEVEL_REASON_MAX) }).nullable().optional(),
});

export const listAnswersQuerySchema = z.object({
  since: z.iso
    .datetime({ offset: true, error: autosaveCopy.sinceInvalid })
    .transform((value) => new Date(value))
    .optional(),
});
