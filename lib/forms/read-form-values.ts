/**
 * The text fields of a submitted form, to give back to the form when it is invalid. File
 * fields and the framework's own hidden fields ($ACTION_…) are left out, and so are fields
 * named in `omit` (passwords are never sent back to the browser).
 */
export function readFormValues(formData: FormData, omit: readonly string[] = []): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value !== "string" || key.startsWith("$") || omit.includes(key)) continue;
    values[key] = value;
  }
  return values;
}
