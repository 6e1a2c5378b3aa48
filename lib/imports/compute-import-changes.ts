import { xlsxImportCopy } from "../copy/xlsx-import";
import type { WorkbookProblem } from "../xlsx/read-return-workbook";
import { DETAIL_FIELDS, type DetailField, type DetailValues, type ImportContent } from "./import-content";
import type { CurrentAnswer, ImportState } from "./load-import-state";

export interface AnswerValues {
  readonly level: number | null;
  readonly evidence: string;
  readonly gaps: string;
}

export interface ItemChange {
  readonly key: string;
  readonly catalogueItemId: string;
  readonly place: string;
  readonly before: AnswerValues;
  readonly after: AnswerValues;
  /** The revision it is changed from (0: never saved). */
  readonly revision: number;
}

export interface DetailChange {
  readonly field: DetailField;
  readonly before: string | null;
  readonly after: string | null;
}

export interface ImportChanges {
  readonly items: ItemChange[];
  readonly details: DetailChange[];
  /** The workbook's problems, then what the person may not change. */
  readonly problems: WorkbookProblem[];
}

export interface ImportPermissions {
  readonly mayEditItem: (current: CurrentAnswer) => boolean;
  readonly mayEditDetails: boolean;
}

/**
 * What applying the workbook would change in the draft, item by item: only what differs, so an
 * export imported back unchanged changes nothing. A cell the reader could not read keeps the
 * current value; an item the person may not edit, and header fields they may not change, are
 * left out with a problem saying so. Pure.
 */
export function computeImportChanges(content: ImportContent, state: ImportState, permissions: ImportPermissions): ImportChanges {
  const problems: WorkbookProblem[] = [...content.problems];
  const items: ItemChange[] = [];
  for (const answer of content.answers) {
    const current = state.items.get(answer.key);
    if (!current) continue; // the reader only reports the catalogue's items; a vanished one is ignored
    const after: AnswerValues = {
      level: answer.level === undefined ? current.level : answer.level,
      evidence: answer.evidence ?? current.evidence,
      gaps: answer.gaps ?? current.gaps,
    };
    if (after.level === current.level && after.evidence === current.evidence && after.gaps === current.gaps) continue;
    if (!permissions.mayEditItem(current)) {
      problems.push({ place: answer.place, message: xlsxImportCopy.problem.notYours(answer.key) });
      continue;
    }
    items.push({
      key: answer.key,
      catalogueItemId: current.catalogueItemId,
      place: answer.place,
      before: { level: current.level, evidence: current.evidence, gaps: current.gaps },
      after,
      revision: current.revision,
    });
  }
  const details: DetailChange[] = [];
  for (const field of DETAIL_FIELDS) {
    const value = content.details[field];
    if (value === undefined) continue;
    const before: DetailValues[DetailField] = state.details[field];
    if ((value ?? "") === (before ?? "")) continue;
    details.push({ field, before, after: value });
  }
  if (details.length > 0 && !permissions.mayEditDetails) {
    problems.push({ place: "", message: xlsxImportCopy.problem.detailsNotYours });
    details.length = 0;
  }
  return { items, details, problems };
}
