// A stored return as the regional workbook: the one path from the database to the file, for
// the download route and `ambitions export`. The caller has authorised the reader.
import type { Db } from "../db/create-client";
import { getCatalogueVersion } from "../catalogue/get-catalogue-version";
import { workbookCopy } from "../copy/workbook";
import { latestEventTo, listReturnHistory } from "../returns/list-return-history";
import type { ReturnView } from "../returns/get-return";
import { buildReturnWorkbook } from "./build-return-workbook";
import { listPlanSheetRows } from "../actions/list-plan-sheet-rows";

export async function exportStoredReturn(db: Db, stored: ReturnView): Promise<{ body: Buffer; fileName: string }> {
  const [catalogue, history, plan] = await Promise.all([getCatalogueVersion(db, stored.catalogueVersionId), listReturnHistory(db, stored.id), listPlanSheetRows(db, stored.id)]);
  if (!catalogue) throw new Error(`Return ${stored.id} points at a missing catalogue version.`);
  const signedOffBy = stored.signedOffAt ? (latestEventTo(history, "signed_off")?.actorName ?? stored.signedOffByEmail) : null;
  const submittedBy = stored.submittedAt ? (latestEventTo(history, "submitted")?.actorName ?? stored.submittedByEmail) : null;
  const body = await buildReturnWorkbook({
    catalogue,
    header: {
      organisation: stored.organisation.name,
      completedBy: stored.completedBy,
      versionNote: stored.versionNote,
      completionDate: stored.completionDate,
      signOff: signedOffBy ?? "",
      livedExperience: stored.livedExperience,
    },
    status: {
      status: stored.status,
      startedAt: stored.createdAt,
      submittedAt: stored.submittedAt,
      submittedBy,
      signedOffAt: stored.signedOffAt,
      signedOffBy,
    },
    answers: stored.answers,
    plan,
  });
  return { body, fileName: workbookCopy.returnFileName(stored.organisation.name, stored.title) };
}
