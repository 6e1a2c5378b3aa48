import type { WorkbookAnswer, WorkbookDetails, WorkbookProblem } from "../xlsx/read-return-workbook";

/** What a pending import keeps of the workbook: all a preview and an apply need, no bytes. */
export interface ImportContent {
  readonly answers: readonly WorkbookAnswer[];
  readonly details: WorkbookDetails;
  readonly organisationName: string | null;
  readonly catalogueId?: string | null;
  readonly problems: readonly WorkbookProblem[];
}

/** The header fields as a return holds them (the date as yyyy-mm-dd). */
export interface DetailValues {
  completedBy: string;
  versionNote: string;
  completionDate: string | null;
  livedExperience: string;
}

/** What the preview was computed against: each item's revision (0: never saved) and the header fields. */
export interface ImportBase {
  readonly revisions: Readonly<Record<string, number>>;
  readonly details: DetailValues;
}

export const DETAIL_FIELDS = ["completedBy", "versionNote", "completionDate", "livedExperience"] as const;
export type DetailField = (typeof DETAIL_FIELDS)[number];

/** How long an uploaded preview waits to be applied: a working day, then it is uploaded again. */
export const IMPORT_LIFETIME_MS = 24 * 60 * 60 * 1000;
