// The autosave API (docs/autosave-api.md): an editing page saves one item's answer here and polls
// for colleagues' saves. JSON only, no page rendered: a save is the request people make all day.
import { z } from "zod";
import { AUDIT_ACTIONS } from "@/lib/audit/audit-actions";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { autosaveCopy } from "@/lib/copy/autosave";
import { db } from "@/lib/db/prisma";
import { isDatabaseOutage } from "@/lib/db/database-outage";
import { routeHandler } from "@/lib/edge/route-handler";
import { ForbiddenError, NotFoundError, ReturnStateError, SignedOutError, StaleAnswerError } from "@/lib/errors";
import { getCurrentUser } from "@/lib/request/current-user";
import { requestClientIp } from "@/lib/request/request-client-ip";
import { listAnswersSince } from "@/lib/returns/list-answers-since";
import { saveAnswer } from "@/lib/returns/save-answer";
import { listAnswersQuerySchema, saveAnswerRequestSchema } from "./schema";

const NO_STORE = { "Cache-Control": "no-store" };
const json = (body: unknown, status = 200, headers: Record<string, string> = {}) => Response.json(body, { status, headers: { ...NO_STORE, ...headers } });

// Any string: lib answers an id that is not a uuid NotFoundError before any round trip, so a
// malformed id gets the contract's JSON 404 like an unknown one.
const params = z.object({ id: z.string() });

// Only the session here: whether this person may read the return and edit the item is decided by
// the policy inside saveAnswer's transaction, under the return's row lock, in the same round trip
// that loads the return; checking it here too would double a save's cost for the same answer.
async function signedIn() {
  const user = await getCurrentUser();
  if (!user) throw new SignedOutError();
  return { user };
}

/** The contract's answers to lib's typed errors; anything else (a bug) is the default 500. */
function answerError(error: unknown): Response | undefined {
  if (error instanceof SignedOutError) return json({ status: "signed-out" }, 401);
  if (error instanceof NotFoundError) return json({ status: "not-found" }, 404);
  if (error instanceof ForbiddenError) return json({ status: "refused", message: autosaveCopy.refused }, 403);
  if (error instanceof StaleAnswerError) return json({ status: "stale", theirs: error.theirs ?? null }, 409);
  if (error instanceof ReturnStateError) return json({ status: "not-draft", returnStatus: error.status }, 409);
  if (isDatabaseOutage(error)) return json({ status: "unavailable" }, 503, { "Retry-After": "5" });
  return undefined;
}

export const POST = routeHandler({
  params,
  authorise: signedIn,
  input: { from: "json", schema: saveAnswerRequestSchema, maxBytes: 256 * 1024 },
  answerError,
  run: async ({ user }, { id }, _request, input) => {
    try {
      const saved = await saveAnswer(db(), { returnId: id, ...input }, user);
      return json({ status: "saved", revision: saved.revision, changed: saved.changed, savedAt: saved.savedAt, savedBy: saved.savedBy });
    } catch (error) {
      // Someone who may read the return asking to change an item that is not theirs: counted in
      // the audit log, as every refusal is.
      if (error instanceof ForbiddenError) {
        await recordAuditEvent(db(), {
          action: AUDIT_ACTIONS.permissionDenied,
          outcome: "denied",
          actorId: user.id,
          actorEmail: user.email,
          targetType: "returnItem",
          targetId: id,
          ip: await requestClientIp(),
          details: { action: "return.item.edit", returnId: id, itemKey: input.itemKey },
        });
      }
      throw error;
    }
  },
});

export const GET = routeHandler({
  params,
  authorise: signedIn,
  input: { from: "query", schema: listAnswersQuerySchema },
  answerError,
  run: async ({ user }, { id }, _request, { since }) => json(await listAnswersSince(db(), id, since ?? null, user)),
});
