import type { z } from "zod";
import type { FieldError } from "./form-state";

/**
 * One error per field (the first zod reports), in the order the issues arose, which follows
 * the schema's field order and so the order of the form.
 */
export function collectFieldErrors(error: z.ZodError): FieldError[] {
  const seen = new Set<string>();
  const errors: FieldError[] = [];
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "form");
    if (seen.has(field)) continue;
    seen.add(field);
    errors.push({ field, message: issue.message });
  }
  return errors;
}
