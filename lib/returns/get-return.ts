import { z } from "zod";
import type { Db } from "../db/create-client";
import type { ReturnStatus } from "../generated/prisma/client";
import { RETURN_ORGANISATION_SELECT } from "./return-organisation-select";

const idSchema = z.uuid();

export type ReturnAnswersScope = "all" | "none" | { itemKey: string };

export interface AnswerView {
  level: number | null;
  evidence: string;
  gaps: string;
  revision: number;
  updatedAt: Date;
  updatedByName: string | null;
}

export interface ReturnView {
  id: string;
  title: string;
  status: ReturnStatus;
  organisation: { id: string; name: string; kind: "region" | "icb" | "place" | "provider"; regionId: string | null; icbId: string | null };
  catalogueVersionId: string;
  completedBy: string;
  versionNote: string;
  completionDate: Date | null;
  livedExperience: string;
  createdAt: Date;
  updatedAt: Date;
  submittedAt: Date | null;
  submittedByEmail: string | null;
  signedOffAt: Date | null;
  signedOffByEmail: string | null;
  /** The published return this one was started from (a refresh), if any. */
  basedOn: { id: string; title: string } | null;
  /** By catalogue item key. An item with no entry is not yet rated and has no text. */
  answers: Map<string, AnswerView>;
  /** By catalogue item key: the ids of the users it is assigned to. Unassigned items have no entry. */
  assignees: Map<string, string[]>;
}

/**
 * One return with its answers, or null. Loads regardless of who asks: the caller authorises
 * on the result (a refusal must look exactly like null). An id that is not a uuid is not found.
 * `answers` says how much of the answers and assignees to load: every item's (the default), one
 * item's (item pages and saves), or none (status changes and the details form).
 */
export async function getReturn(db: Db, id: string, options: { answers?: ReturnAnswersScope } = {}): Promise<ReturnView | null> {
  if (!idSchema.safeParse(id).success) return null;
  const scope = options.answers ?? "all";
  const onlyItem = scope === "all" ? undefined : scope === "none" ? { returnId: { in: [] } } : { catalogueItem: { key: scope.itemKey } };
  const row = await db.assessmentReturn.findUnique({
    where: { id },
    include: {
      organisation: { select: RETURN_ORGANISATION_SELECT },
      basedOn: { select: { id: true, title: true } },
      answers: { where: onlyItem, include: { catalogueItem: { select: { key: true } }, updatedBy: { select: { name: true } } } },
      assignments: { where: onlyItem, include: { catalogueItem: { select: { key: true } } } },
    },
  });
  if (!row) return null;
  const answers = new Map<string, AnswerView>();
  for (const answer of row.answers) {
    answers.set(answer.catalogueItem.key, {
      level: answer.level,
      evidence: answer.evidence,
      gaps: answer.gaps,
      revision: answer.revision,
      updatedAt: answer.updatedAt,
      updatedByName: answer.updatedBy?.name ?? null,
    });
  }
  const assignees = new Map<string, string[]>();
  for (const assignment of row.assignments) {
    const key = assignment.catalogueItem.key;
    assignees.set(key, [...(assignees.get(key) ?? []), assignment.userId]);
  }
  return {
    id: row.id,
    title: row.title,
    status: row.status,
    organisation: row.organisation,
    catalogueVersionId: row.catalogueVersionId,
    completedBy: row.completedBy,
    versionNote: row.versionNote,
    completionDate: row.completionDate,
    livedExperience: row.livedExperience,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    submittedAt: row.submittedAt,
    submittedByEmail: row.submittedByEmail,
    signedOffAt: row.signedOffAt,
    signedOffByEmail: row.signedOffByEmail,
    basedOn: row.basedOn,
    answers,
    assignees,
  };
}
