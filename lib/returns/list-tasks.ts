// What is waiting for the signed-in person, for the home page: the items of drafts assigned to
// them, the drafts they can submit and how far each has got, and the submitted returns they can
// sign off. Every list starts from the returns the policy lets them read (in the query), and
// keeps only those the policy lets them act on.
import { can, type PolicyUser } from "../policy/policy";
import type { Db } from "../db/create-client";
import { buildReadableReturnFilter } from "./build-readable-return-filter";
import { RETURN_ORGANISATION_SELECT } from "./return-organisation-select";
import { toReturnRef } from "./to-return-ref";

export interface TaskReturn {
  id: string;
  title: string;
  organisationName: string;
  updatedAt: Date;
}

export interface Tasks {
  /**
   * Drafts with items assigned to the user: how many, and how many of those are still not rated;
   * the first of them in catalogue order still not rated (the first of them when all are), and
   * its ambition: where "N items assigned to you" lands.
   */
  assigned: (TaskReturn & { items: number; notRated: number; firstAmbition: number; firstItemKey: string })[];
  /** Drafts the user can submit, with how many items are rated out of how many. */
  toSubmit: (TaskReturn & { rated: number; total: number })[];
  /** Submitted returns the user can sign off. */
  toSignOff: (TaskReturn & { submittedAt: Date | null })[];
}

export async function listTasks(db: Db, user: PolicyUser): Promise<Tasks> {
  const rows = await db.assessmentReturn.findMany({
    where: { AND: [buildReadableReturnFilter(user), { status: { in: ["draft", "submitted"] } }] },
    orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
    select: {
      id: true,
      title: true,
      status: true,
      updatedAt: true,
      submittedAt: true,
      organisation: { select: RETURN_ORGANISATION_SELECT },
      catalogueVersion: { select: { _count: { select: { items: { where: { kind: "item" } } } } } },
      _count: { select: { answers: { where: { level: { not: null } } } } },
      assignments: {
        where: { userId: user.id },
        select: { catalogueItem: { select: { id: true, key: true, ambitionNumber: true, position: true } } },
      },
    },
  });
  // Which of the user's assigned items already have a level.
  const assignedItemIds = rows.flatMap((row) => row.assignments.map((assignment) => assignment.catalogueItem.id));
  const ratedAssigned = assignedItemIds.length
    ? await db.returnAnswer.findMany({
        where: { returnId: { in: rows.map((row) => row.id) }, catalogueItemId: { in: assignedItemIds }, level: { not: null } },
        select: { returnId: true, catalogueItemId: true },
      })
    : [];
  const rated = new Set(ratedAssigned.map((answer) => `${answer.returnId}/${answer.catalogueItemId}`));

  const tasks: Tasks = { assigned: [], toSubmit: [], toSignOff: [] };
  for (const row of rows) {
    const ref = { type: "return" as const, ...toReturnRef(row) };
    const base = { id: row.id, title: row.title, organisationName: row.organisation.name, updatedAt: row.updatedAt };
    if (row.status === "draft" && row.assignments.length > 0) {
      const items = row.assignments.map((assignment) => assignment.catalogueItem).sort((a, b) => a.position - b.position);
      const notRated = items.filter((item) => !rated.has(`${row.id}/${item.id}`));
      const first = notRated[0] ?? items[0]!;
      tasks.assigned.push({ ...base, items: items.length, notRated: notRated.length, firstAmbition: first.ambitionNumber, firstItemKey: first.key });
    }
    if (can(user, "return.submit", ref)) tasks.toSubmit.push({ ...base, rated: row._count.answers, total: row.catalogueVersion._count.items });
    if (can(user, "return.signOff", ref)) tasks.toSignOff.push({ ...base, submittedAt: row.submittedAt });
  }
  return tasks;
}
