// What a programme manager checks before submitting (the design system's "check your answers"):
// what is missing from the return, so that nobody submits 17 of 75 items by accident. Pure: no
// database, no React; the pages and the unit tests call it on a loaded return and catalogue.
import type { CatalogueVersionView } from "../catalogue/get-catalogue-version";
import { listCatalogueItems } from "../catalogue/list-catalogue-items";

export interface CheckedItem {
  key: string;
  number: string | null;
  text: string;
  stemText: string | null;
  ambition: number;
}

/** The front-sheet fields the statutory guidance asks for, which the check lists when empty. */
export const FRONT_SHEET_FIELDS = ["completedBy", "completionDate", "livedExperience"] as const;
export type FrontSheetField = (typeof FRONT_SHEET_FIELDS)[number];

export interface ReturnForCheck {
  completedBy: string;
  completionDate: Date | null;
  livedExperience: string;
  /** By item key; no entry is not rated. */
  answers: ReadonlyMap<string, { level: number | null; evidence: string }>;
  /** By item key: the ids of the people it is assigned to. */
  assignees: ReadonlyMap<string, readonly string[]>;
}

export interface ReturnCheck {
  total: number;
  rated: number;
  /** Every ambition in catalogue order, with its items not yet rated (possibly none). */
  unratedByAmbition: { ambition: number; name: string; total: number; items: CheckedItem[] }[];
  /** Rated at level 3 or above with no evidence written. */
  highWithoutEvidence: (CheckedItem & { level: number })[];
  emptyFields: FrontSheetField[];
  /** Assigned items still not rated, with whom they are assigned to. */
  assignedUnrated: (CheckedItem & { assigneeIds: readonly string[] })[];
  /** Whether there is nothing at all to point out. */
  complete: boolean;
}

export function checkReturnAnswers(catalogue: CatalogueVersionView, stored: ReturnForCheck): ReturnCheck {
  const items = listCatalogueItems(catalogue);
  const levelOf = (key: string) => stored.answers.get(key)?.level ?? null;
  const checked = (item: (typeof items)[number]): CheckedItem => ({
    key: item.key,
    number: item.number,
    text: item.text,
    stemText: item.stemText,
    ambition: item.ambition,
  });
  const unratedByAmbition = catalogue.ambitions.map((ambition) => {
    const own = items.filter((item) => item.ambition === ambition.number);
    return { ambition: ambition.number, name: ambition.name, total: own.length, items: own.filter((item) => levelOf(item.key) === null).map(checked) };
  });
  const highWithoutEvidence = items.flatMap((item) => {
    const answer = stored.answers.get(item.key);
    return answer && answer.level !== null && answer.level >= 3 && answer.evidence.trim() === "" ? [{ ...checked(item), level: answer.level }] : [];
  });
  const emptyFields = FRONT_SHEET_FIELDS.filter((field) =>
    field === "completionDate" ? stored.completionDate === null : stored[field].trim() === "",
  );
  const assignedUnrated = items.flatMap((item) => {
    const assigneeIds = stored.assignees.get(item.key) ?? [];
    return assigneeIds.length > 0 && levelOf(item.key) === null ? [{ ...checked(item), assigneeIds }] : [];
  });
  const unrated = unratedByAmbition.reduce((sum, entry) => sum + entry.items.length, 0);
  return {
    total: items.length,
    rated: items.length - unrated,
    unratedByAmbition,
    highWithoutEvidence,
    emptyFields,
    assignedUnrated,
    complete: unrated === 0 && highWithoutEvidence.length === 0 && emptyFields.length === 0,
  };
}
