import { z } from "zod";
import { copy } from "@/lib/copy/en";

/** 1 MB: the built-in catalogue is about 30 kB, and server actions take 1 MB bodies. */
export const MAX_CATALOGUE_BYTES = 1024 * 1024;

const t = copy.catalogueVersions.errors;

export const uploadSchema = z.object({
  // A form sent with no file chosen still carries an empty, nameless file.
  file: z
    .instanceof(File, { message: t.fileMissing })
    .refine((file) => file.size > 0 && file.name !== "", t.fileMissing)
    .refine((file) => file.size <= MAX_CATALOGUE_BYTES, t.fileTooLarge),
});
