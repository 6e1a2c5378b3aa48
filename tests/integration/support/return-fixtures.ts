// Returns written straight into the database, at any status and date, with levels (and gaps)
// from a function of the item key: for the pages that read published returns.
import type { Db } from "../../../lib/db/create-client";
import type { ReturnStatus } from "../../../lib/generated/prisma/client";

export async function createReturnWith(
  db: Db,
  input: {
    organisationId: string;
    status: ReturnStatus;
    title: string;
    /** null for a draft. */
    submittedDaysAgo: number | null;
    levels: (key: string) => number | null;
    gaps?: (key: string) => string;
    catalogueVersionId?: string;
  },
): Promise<string> {
  const catalogueVersionId = input.catalogueVersionId ?? "regional-2021";
  const items = await db.catalogueItem.findMany({ where: { catalogueVersionId, kind: "item" }, select: { id: true, key: true } });
  const submittedAt = input.submittedDaysAgo === null ? null : new Date(Date.now() - input.submittedDaysAgo * 86_400_000);
  const created = await db.assessmentReturn.create({
    data: {
      organisationId: input.organisationId,
      catalogueVersionId,
      title: input.title,
      status: input.status,
      submittedAt,
      signedOffAt: input.status === "signed_off" ? submittedAt : null,
      answers: {
        create: items.flatMap((item) => {
          const level = input.levels(item.key);
          return level === null ? [] : [{ catalogueItemId: item.id, level, gaps: input.gaps?.(item.key) ?? "" }];
        }),
      },
    },
  });
  return created.id;
}
