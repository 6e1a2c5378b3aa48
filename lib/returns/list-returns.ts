import type { PolicyUser } from "../policy/policy";
import type { Db } from "../db/create-client";
import type { ReturnStatus } from "../generated/prisma/client";
import { buildReadableReturnFilter } from "./build-readable-return-filter";
import { RETURN_ORGANISATION_SELECT } from "./return-organisation-select";

export interface ReturnListEntry {
  id: string;
  title: string;
  status: ReturnStatus;
  organisation: { id: string; name: string; kind: "region" | "icb" | "place" | "provider" };
  catalogueVersionId: string;
  updatedAt: Date;
  ratedItems: number;
}

/** The returns `user` may read, newest first, with how many items each has rated. */
export async function listReturns(db: Db, user: PolicyUser): Promise<ReturnListEntry[]> {
  const rows = await db.assessmentReturn.findMany({
    where: buildReadableReturnFilter(user),
    orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
    select: {
      id: true,
      title: true,
      status: true,
      catalogueVersionId: true,
      updatedAt: true,
      organisation: { select: RETURN_ORGANISATION_SELECT },
      _count: { select: { answers: { where: { level: { not: null } } } } },
    },
  });
  return rows.map((row) => ({
    id: row.id,
    title: row.title,
    status: row.status,
    organisation: { id: row.organisation.id, name: row.organisation.name, kind: row.organisation.kind },
    catalogueVersionId: row.catalogueVersionId,
    updatedAt: row.updatedAt,
    ratedItems: row._count.answers,
  }));
}
