import { z } from "zod";
import type { Actor } from "../audit/actor";
import { can } from "../policy/policy";
import type pg from "pg";
import { poolOf, type Db } from "../db/create-client";
import { withPgTransaction } from "../db/with-pg-transaction";
import type { OrganisationKind, ReturnStatus } from "../generated/prisma/client";
import { ForbiddenError, NotFoundError, ReturnStateError, StaleAnswerError, type TheirAnswer } from "../errors";
import { toReturnRef } from "./to-return-ref";

const idSchema = z.uuid();

/** The most characters of a level's reason (a CHECK constraint holds the column to it too). */
export const LEVEL_REASON_MAX = 500;

export interface AnswerInput {
  readonly returnId: string;
  /** The catalogue item's key: "1.1.2", "4.1.2/ambulance". */
  readonly itemKey: string;
  /** 0-5, or null for not yet rated. */
  readonly level: number | null;
  readonly evidence: string;
  readonly gaps: string;
  /** The revision the form was opened at: 0 for an item never saved. */
  readonly expectedRevision: number;
  /**
   * Why the level is what it is. Left out (undefined), the stored reason is kept as it is, so a
   * form that does not show it (the no-JavaScript item page) never wipes it; null or "" clears it.
   */
  readonly levelReason?: string | null;
}

export interface SavedAnswer {
  readonly revision: number;
  readonly ambition: number;
  /** false: identical to the stored answer (or empty on a new item), nothing written. */
  readonly changed: boolean;
  /** When the answer as it now stands was saved, and by whom; null for an item never saved. */
  readonly savedAt: Date | null;
  readonly savedBy: { readonly id: string; readonly name: string } | null;
}

interface Loaded {
  status: ReturnStatus;
  org_id: string;
  org_kind: OrganisationKind;
  region_id: string | null;
  icb_id: string | null;
  item_id: string | null;
  item_kind: string | null;
  ambition_number: number | null;
  assignee_ids: string[];
  actor_name: string | null;
  level: number | null;
  evidence: string | null;
  gaps: string | null;
  level_reason: string | null;
  revision: number | null;
  updated_at: Date | null;
  updated_by_id: string | null;
  updated_by_name: string | null;
}

interface Written {
  revision: number;
  updated_at: Date;
}

/**
 * Step 1, one round trip: the return (row-locked FOR SHARE, so many saves run side by side while
 * a status change waits for them and no answer lands in a return just submitted), its
 * organisation for the policy, the item, who it is assigned to, the stored answer and who saved
 * it, and the actor's name.
 */
async function load(client: pg.PoolClient, input: AnswerInput, actor: Actor): Promise<Loaded | undefined> {
  // Times as timestamptz (the columns hold UTC), so pg reads them as the instants they are.
  const { rows } = await client.query<Loaded>(
    `SELECT r.status::text AS status, o.id AS org_id, o.kind::text AS org_kind, o.region_id, o.icb_id,
            i.id AS item_id, i.kind::text AS item_kind, i.ambition_number,
            ARRAY(SELECT a.user_id::text FROM return_assignment a WHERE a.return_id = r.id AND a.catalogue_item_id = i.id) AS assignee_ids,
            (SELECT u.name FROM app_user u WHERE u.id = $3::uuid) AS actor_name,
            ans.level, ans.evidence, ans.gaps, ans.level_reason, ans.revision, ans.updated_at AT TIME ZONE 'UTC' AS updated_at, ans.updated_by_id,
            saver.name AS updated_by_name
       FROM assessment_return r
       JOIN organisation o ON o.id = r.organisation_id
       LEFT JOIN catalogue_item i ON i.catalogue_version_id = r.catalogue_version_id AND i.key = $2
       LEFT JOIN return_answer ans ON ans.return_id = r.id AND ans.catalogue_item_id = i.id
       LEFT JOIN app_user saver ON saver.id = ans.updated_by_id
      WHERE r.id = $1::uuid
        FOR SHARE OF r`,
    [input.returnId, input.itemKey, actor.id],
  );
  return rows[0];
}

function theirsOf(row: Loaded): TheirAnswer | undefined {
  if (row.revision === null || row.updated_at === null) return undefined;
  return {
    level: row.level,
    evidence: row.evidence ?? "",
    gaps: row.gaps ?? "",
    levelReason: row.level_reason,
    revision: row.revision,
    savedAt: row.updated_at,
    savedBy: row.updated_by_id && row.updated_by_name !== null ? { id: row.updated_by_id, name: row.updated_by_name } : null,
  };
}

/**
 * Step 2, one round trip: the answer written only if it is still at the revision the form was
 * opened at (a first save only if there is none yet), and its version recorded from the same
 * row, both at the database's clock (as a submission's time is; see changeReturnStatus). No row
 * back: a colleague saved in between.
 */
async function write(client: pg.PoolClient, itemId: string, input: AnswerInput, levelReason: string | null, actor: Actor): Promise<Written | undefined> {
  const record = `
    recorded AS (
      INSERT INTO return_answer_revision (return_id, catalogue_item_id, revision, level, evidence, gaps, level_reason, saved_at, saved_by_id)
      SELECT return_id, catalogue_item_id, revision, level, evidence, gaps, level_reason, updated_at, updated_by_id FROM saved
    )
    SELECT revision, updated_at AT TIME ZONE 'UTC' AS updated_at FROM saved`;
  const returning = "RETURNING return_id, catalogue_item_id, revision, level, evidence, gaps, level_reason, updated_at, updated_by_id";
  const now = "date_trunc('milliseconds', clock_timestamp() AT TIME ZONE 'UTC')";
  const params = [input.returnId, itemId, input.level, input.evidence, input.gaps, levelReason, actor.id];
  const { rows } =
    input.expectedRevision === 0
      ? await client.query<Written>(
          `WITH saved AS (
             INSERT INTO return_answer (return_id, catalogue_item_id, level, evidence, gaps, level_reason, revision, updated_at, updated_by_id)
             VALUES ($1::uuid, $2::uuid, $3::int, $4, $5, $6, 1, ${now}, $7::uuid)
             ON CONFLICT (return_id, catalogue_item_id) DO NOTHING
             ${returning}
           ), ${record}`,
          params,
        )
      : await client.query<Written>(
          `WITH saved AS (
             UPDATE return_answer
                SET level = $3::int, evidence = $4, gaps = $5, level_reason = $6, revision = revision + 1, updated_at = ${now}, updated_by_id = $7::uuid
              WHERE return_id = $1::uuid AND catalogue_item_id = $2::uuid AND revision = $8::int
             ${returning}
           ), ${record}`,
          [...params, input.expectedRevision],
        );
  return rows[0];
}

/**
 * Saves one item's level, evidence, gaps (and reason for the level), for autosave and the
 * no-JavaScript form alike, and says which ambition the item is in and whether anything changed
 * (a save identical to the stored answer writes nothing). Refused when someone else saved it
 * since the form was opened (StaleAnswerError, with their answer: nothing is overwritten), when
 * the return is no longer a draft (ReturnStateError), or when the policy does not let `actor`
 * edit this item (ForbiddenError; NotFoundError if they may not even read the return, or the
 * item is unknown).
 *
 * One short transaction of two statements (BEGIN, load, write, COMMIT) on the pg pool under
 * `db` (poolOf): a save is the one request people make all day long, and its cost was a dozen and
 * more round trips, each with Prisma's own CPU cost on top.
 */
export async function saveAnswer(db: Db, input: AnswerInput, actor: Actor): Promise<SavedAnswer> {
  if (!idSchema.safeParse(input.returnId).success) throw new NotFoundError("The return does not exist.");
  if (input.level !== null && !(Number.isInteger(input.level) && input.level >= 0 && input.level <= 5)) {
    throw new RangeError(`level must be an integer 0-5 or null, not ${input.level}`);
  }
  if (!(Number.isInteger(input.expectedRevision) && input.expectedRevision >= 0)) {
    throw new RangeError(`expectedRevision must be a whole number 0 or more, not ${input.expectedRevision}`);
  }
  if (typeof input.levelReason === "string" && input.levelReason.length > LEVEL_REASON_MAX) {
    throw new RangeError(`levelReason must be at most ${LEVEL_REASON_MAX} characters`);
  }
  const pool = poolOf(db);
  if (!pool) throw new Error("saveAnswer needs a client made by createPrismaClient.");
  return withPgTransaction(pool, async (tx) => {
    const row = await load(tx, input, actor);
    if (!row) throw new NotFoundError("The return does not exist.");
    const ref = toReturnRef({ status: row.status, organisation: { id: row.org_id, kind: row.org_kind, regionId: row.region_id, icbId: row.icb_id } });
    if (!can(actor, "return.read", { type: "return", ...ref })) throw new NotFoundError("The return does not exist.");
    // A stem is never rated: to a caller it is as unknown as a made-up key.
    if (!row.item_id || row.item_kind !== "item" || row.ambition_number === null) throw new NotFoundError(`The return has no item ${input.itemKey}.`);
    if (row.status !== "draft") throw new ReturnStateError(row.status, "The return is no longer a draft.");
    if (!can(actor, "return.item.edit", { type: "returnItem", return: ref, assigneeIds: row.assignee_ids })) {
      throw new ForbiddenError("Not allowed to edit this item.");
    }

    const levelReason = input.levelReason === undefined ? (row.level_reason ?? null) : input.levelReason || null;
    const current = theirsOf(row);
    // A save that changes nothing (nothing typed on a new item, or the answer as it stands) writes
    // no version and is not reported as saved, whatever revision it was typed against.
    const unchanged = current
      ? current.level === input.level && current.evidence === input.evidence && current.gaps === input.gaps && current.levelReason === levelReason
      : input.level === null && input.evidence === "" && input.gaps === "" && levelReason === null;
    if (unchanged) {
      return { revision: current?.revision ?? 0, ambition: row.ambition_number, changed: false, savedAt: current?.savedAt ?? null, savedBy: current?.savedBy ?? null };
    }
    if ((current?.revision ?? 0) !== input.expectedRevision) throw new StaleAnswerError(current?.revision ?? 0, current);

    const written = await write(tx, row.item_id, input, levelReason, actor);
    if (!written) {
      // A colleague's save landed between the two statements: theirs, as it now stands.
      const again = await load(tx, input, actor);
      const theirs = again && theirsOf(again);
      throw new StaleAnswerError(theirs?.revision ?? 0, theirs);
    }
    return {
      revision: written.revision,
      ambition: row.ambition_number,
      changed: true,
      savedAt: written.updated_at,
      savedBy: { id: actor.id, name: row.actor_name ?? "" },
    };
  });
}
