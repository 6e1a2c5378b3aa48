// What a new action is raised from, for the "Create an action" page and its form: the return,
// the item (with the gaps written for it) or the ambition, and a partner's return whose gap it
// answers. Loaded regardless of who asks; the caller authorises (return.read on both returns,
// action.create on `resource`). Null when any of it does not exist.
import { isUuid } from "../auth/is-uuid";
import type { Db } from "../db/create-client";
import type { ImprovementActionResource } from "../policy/policy";
import type { ReturnRef } from "../policy/policy";
import { RETURN_ORGANISATION_SELECT } from "../returns/return-organisation-select";
import { toReturnRef } from "../returns/to-return-ref";
import { AMBITION_NUMBERS } from "./action-rules";
import { toActionResource } from "./to-action-resource";

export interface ActionTarget {
  return: { id: string; title: string; organisation: { id: string; name: string }; ref: ReturnRef };
  ambitionNumber: number;
  item: { key: string; number: string | null; text: string; gaps: string } | null;
  source: { id: string; title: string; organisationName: string; ref: ReturnRef; gaps: string } | null;
  resource: ImprovementActionResource;
}

export async function loadActionTarget(
  db: Db,
  input: { returnId: string; itemKey: string | null; ambitionNumber: number | null; sourceReturnId: string | null },
): Promise<ActionTarget | null> {
  if (!isUuid(input.returnId) || (input.sourceReturnId !== null && !isUuid(input.sourceReturnId))) return null;
  const stored = await db.assessmentReturn.findUnique({
    where: { id: input.returnId },
    select: { id: true, title: true, status: true, catalogueVersionId: true, organisation: { select: RETURN_ORGANISATION_SELECT } },
  });
  if (!stored) return null;
  let item: ActionTarget["item"] = null;
  let ambitionNumber = input.ambitionNumber;
  let assigneeIds: string[] = [];
  if (input.itemKey !== null) {
    const row = await db.catalogueItem.findUnique({
      where: { catalogueVersionId_key: { catalogueVersionId: stored.catalogueVersionId, key: input.itemKey } },
      select: {
        id: true,
        kind: true,
        key: true,
        number: true,
        text: true,
        ambitionNumber: true,
        answers: { where: { returnId: stored.id }, select: { gaps: true } },
        assignments: { where: { returnId: stored.id }, select: { userId: true } },
      },
    });
    if (!row || row.kind !== "item") return null;
    item = { key: row.key, number: row.number, text: row.text, gaps: row.answers[0]?.gaps ?? "" };
    ambitionNumber = row.ambitionNumber;
    assigneeIds = row.assignments.map((assignment) => assignment.userId);
  }
  if (ambitionNumber === null || !(AMBITION_NUMBERS as readonly number[]).includes(ambitionNumber)) return null;
  let source: ActionTarget["source"] = null;
  if (input.sourceReturnId !== null) {
    const row = await db.assessmentReturn.findUnique({
      where: { id: input.sourceReturnId },
      select: {
        id: true,
        title: true,
        status: true,
        organisation: { select: RETURN_ORGANISATION_SELECT },
        answers: input.itemKey !== null ? { where: { catalogueItem: { key: input.itemKey } }, select: { gaps: true } } : { where: { returnId: { in: [] } }, select: { gaps: true } },
      },
    });
    if (!row || row.id === stored.id) return null;
    source = { id: row.id, title: row.title, organisationName: row.organisation.name, ref: toReturnRef(row), gaps: row.answers[0]?.gaps ?? "" };
  }
  const ref = toReturnRef(stored);
  return {
    return: { id: stored.id, title: stored.title, organisation: { id: stored.organisation.id, name: stored.organisation.name }, ref },
    ambitionNumber,
    item,
    source,
    resource: toActionResource({ organisation: stored.organisation, ownerUserId: null, links: [{ returnStatus: stored.status, assigneeIds }] }),
  };
}
