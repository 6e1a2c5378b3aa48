/** The largest workbook accepted for import: the regional tool filled in is well under 1 MB. */
export const MAX_WORKBOOK_BYTES = 10 * 1024 * 1024;
/** What the archive's parts may expand to in total: a zip bomb is refused before it is opened. */
export const MAX_EXPANDED_BYTES = 100 * 1024 * 1024;
/** Parts in the archive: a workbook of a few sheets holds a few dozen. */
export const MAX_ARCHIVE_ENTRIES = 2000;
