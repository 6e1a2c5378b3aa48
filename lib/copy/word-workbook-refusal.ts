import type { WorkbookRefusedError } from "../errors";
import { MAX_ARCHIVE_ENTRIES, MAX_EXPANDED_BYTES, MAX_WORKBOOK_BYTES } from "../xlsx/xlsx-import-limits";
import { xlsxImportCopy } from "./xlsx-import";

/**
 * A workbook refusal's sentence again from its reason, file name and detail: the upload route
 * passes these (not the sentence) to the upload page, so a link cannot put words on the page.
 */
export function wordWorkbookRefusal(reason: WorkbookRefusedError["reason"], file: string, detail: string): string {
  const t = xlsxImportCopy.refused;
  switch (reason) {
    case "empty":
      return t.empty(file);
    case "tooLarge":
      return t.tooLarge(file, MAX_WORKBOOK_BYTES);
    case "notXlsx":
      return t.notXlsx(file);
    case "damaged":
      return t.damaged(file, "a part of it cannot be unpacked");
    case "tooManyEntries":
      return t.tooManyEntries(file, MAX_ARCHIVE_ENTRIES);
    case "expandsTooFar":
      return t.expandsTooFar(file, MAX_EXPANDED_BYTES);
    case "unreadable":
      return t.unreadable(file);
    case "noItems":
      return t.noItems(file);
    case "otherCatalogue":
      return t.otherCatalogue(file, detail);
  }
}
