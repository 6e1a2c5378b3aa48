import { z } from "zod";
import type { Actor } from "../audit/actor";
import type { Db } from "../db/create-client";
import type { OrganisationKind, ReturnStatus } from "../generated/prisma/client";
import { NotFoundError } from "../errors";
import { can } from "../policy/policy";
import { toReturnRef } from "./to-return-ref";

const idSchema = z.uuid();

export interface AnswerSince {
  readonly itemKey: string;
  readonly level: number | null;
  readonly evidence: string;
  readonly gaps: string;
  readonly levelReason: string | null;
  readonly revision: number;
  readonly savedAt: Date;
  /** null once the user who saved it has been deleted. */
  readonly savedBy: { readonly id: string; readonly name: string } | null;
}

export interface AnswersSince {
  readonly returnStatus: ReturnStatus;
  /** The next `since`: no answer saved at or after it can be missing from a later call. */
  readonly now: Date;
  readonly answers: readonly AnswerSince[];
}

interface ReturnRow {
  status: ReturnStatus;
  org_id: string;
  org_kind: OrganisationKind;
  region_id: string | null;
  icb_id: string | null;
  now: Date;
}

interface AnswerRow {
  item_key: string;
  level: number | null;
  evidence: string;
  gaps: string;
  level_reason: string | null;
  revision: number;
  updated_at: Date;
  updated_by_id: string | null;
  updated_by_name: string | null;
}

/**
 * A return's answers saved at or after `since` (all when absent), in catalogue order, for an
 * open editing page polling for colleagues' saves; NotFoundError when `actor` may not read it.
 *
 * `now` is the database's clock, held back to the start of the oldest transaction still running:
 * an answer's time is taken inside its save's transaction, which may commit after this read, and
 * its time is never earlier than that transaction's start. So the next call, from `now`, sees
 * it; answers may come twice, and the caller tells them apart by revision.
 */
export async function listAnswersSince(db: Db, returnId: string, since: Date | null, actor: Actor): Promise<AnswersSince> {
  if (!idSchema.safeParse(returnId).success) throw new NotFoundError("The return does not exist.");
  const [row] = await db.$queryRaw<ReturnRow[]>`
    SELECT r.status::text AS status, o.id AS org_id, o.kind::text AS org_kind, o.region_id, o.icb_id,
           date_trunc('milliseconds', LEAST(clock_timestamp(),
             (SELECT min(a.xact_start) FROM pg_stat_activity a WHERE a.xact_start IS NOT NULL AND a.pid <> pg_backend_pid()))) AS now
      FROM assessment_return r JOIN organisation o ON o.id = r.organisation_id
     WHERE r.id = ${returnId}::uuid`;
  if (!row) throw new NotFoundError("The return does not exist.");
  const ref = toReturnRef({ status: row.status, organisation: { id: row.org_id, kind: row.org_kind, regionId: row.region_id, icbId: row.icb_id } });
  if (!can(actor, "return.read", { type: "return", ...ref })) throw new NotFoundError("The return does not exist.");
  const rows = await db.$queryRaw<AnswerRow[]>`
    SELECT i.key AS item_key, a.level, a.evidence, a.gaps, a.level_reason, a.revision, a.updated_at, a.updated_by_id, u.name AS updated_by_name
      FROM return_answer a
      JOIN catalogue_item i ON i.id = a.catalogue_item_id
      LEFT JOIN app_user u ON u.id = a.updated_by_id
     WHERE a.return_id = ${returnId}::uuid AND (${since}::timestamptz IS NULL OR a.updated_at >= (${since}::timestamptz AT TIME ZONE 'UTC'))
     ORDER BY i.position`;
  return {
    returnStatus: row.status,
    now: row.now,
    answers: rows.map((answer) => ({
      itemKey: answer.item_key,
      level: answer.level,
      evidence: answer.evidence,
      gaps: answer.gaps,
      levelReason: answer.level_reason,
      revision: answer.revision,
      savedAt: answer.updated_at,
      savedBy: answer.updated_by_id && answer.updated_by_name !== null ? { id: answer.updated_by_id, name: answer.updated_by_name } : null,
    })),
  };
}
