import { z } from "zod";
import { copy } from "@/lib/copy/en";
import { hasControlCharacter } from "@/lib/forms/plain-text";

/**
 * 1 MB: the built-in catalogue is about 30 kB. The request body limit (lib/security/body-limit.ts)
 * is set above this, so a larger file gets this form's own "must be 1 MB or less".
 */
export const MAX_CATALOGUE_BYTES = 1024 * 1024;

const t = copy.catalogueVersions.errors;

export const uploadSchema = z.object({
  // A form sent with no file chosen still carries an empty, nameless file.
  file: z
    .instanceof(File, { message: t.fileMissing })
    .refine((file) => file.size > 0 && file.name !== "", t.fileMissing)
    .refine((file) => file.size <= MAX_CATALOGUE_BYTES, t.fileTooLarge)
    // The name is quoted in messages and kept in the audit log (jsonb, which refuses a NUL).
    .refine((file) => !hasControlCharacter(file.name), copy.input.fileNameInvalid),
});
