/**
 * An uploaded file's name as messages and history quote it: no control characters (jsonb and
 * the history refuse a NUL), no folders, at most 200 characters, never empty.
 */
export function cleanUploadName(name: string): string {
  const base = name.split(/[\\/]/).pop()!.replace(/[\u0000-\u001f\u007f]/g, "").trim();
  return base.slice(0, 200) || "workbook.xlsx";
}
