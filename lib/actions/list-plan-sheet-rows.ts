// The actions linked to a return, as rows of its workbook's "Improvement plan" sheet. Whoever
// may read the return may read these: an action linked to a return is readable by every reader
// of that return (docs/authorisation.md), so the export needs no reader of its own.
import type { Db } from "../db/create-client";
import type { PlanSheetRow } from "../xlsx/add-plan-sheet";
import { ownerLabel } from "./owner-label";

export async function listPlanSheetRows(db: Db, returnId: string): Promise<PlanSheetRow[]> {
  const links = await db.improvementActionItem.findMany({
    where: { returnId },
    select: {
      catalogueItem: { select: { id: true, key: true, number: true, position: true } },
      action: {
        select: {
          id: true,
          ambitionNumber: true,
          wantTo: true,
          doThisBy: true,
          ownerName: true,
          ownerUser: { select: { name: true, email: true } },
          dueDate: true,
          status: true,
          updateNote: true,
        },
      },
    },
  });
  const itemIds = links.flatMap((link) => (link.catalogueItem ? [link.catalogueItem.id] : []));
  const answers = itemIds.length ? await db.returnAnswer.findMany({ where: { returnId, catalogueItemId: { in: itemIds } }, select: { catalogueItemId: true, gaps: true } }) : [];
  const gaps = new Map(answers.map((answer) => [answer.catalogueItemId, answer.gaps]));
  return links
    .sort(
      (a, b) =>
        a.action.ambitionNumber - b.action.ambitionNumber ||
        (a.catalogueItem?.position ?? -1) - (b.catalogueItem?.position ?? -1) ||
        a.action.dueDate.getTime() - b.action.dueDate.getTime() ||
        a.action.id.localeCompare(b.action.id),
    )
    .map((link) => ({
      ambitionNumber: link.action.ambitionNumber,
      item: link.catalogueItem ? (link.catalogueItem.number ?? link.catalogueItem.key) : "",
      gap: link.catalogueItem ? (gaps.get(link.catalogueItem.id) ?? "") : "",
      wantTo: link.action.wantTo,
      doThisBy: link.action.doThisBy,
      owner: ownerLabel(link.action),
      dueDate: link.action.dueDate,
      status: link.action.status,
      updateNote: link.action.updateNote,
    }));
}
