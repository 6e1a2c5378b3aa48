// The audit log is append-only and written through this one function, so every row has the
// same shape. Pass the transaction client when the audited change happens in a transaction:
// the row then commits or rolls back with the change it describes.
//
// Events anybody can repeat without limit (COUNTED_AUDIT_EVENTS) are counted instead of
// appended: the first in its minute writes a row, the rest add one to its `occurrences` and
// move its `last_at`, in a single INSERT ... ON CONFLICT on the row's `bucket` key, so
// concurrent refusals each count and none is lost. One probe of 1,700 ids is one row saying
// "× 1700", not 1,700 rows.
import type { Db, TransactionClient } from "../db/create-client";
import type { Prisma } from "../generated/prisma/client";
import { COUNTED_AUDIT_EVENTS, type AuditAction } from "./audit-actions";

export type AuditOutcome = "success" | "failure" | "denied" | "info";

export type AuditEventInput = {
  action: AuditAction;
  outcome: AuditOutcome;
  actorId?: string | null;
  actorEmail?: string | null;
  targetType?: string;
  targetId?: string;
  ip?: string | null;
  details?: Record<string, unknown>;
};

/**
 * The row a counted event adds to, or null for an event written on its own. Who is the user
 * when signed in, else the address: an anonymous caller chooses the email they type, so an
 * email in the key would let them write a row per guess.
 */
export function auditBucket(event: AuditEventInput, at: Date): string | null {
  const counted = COUNTED_AUDIT_EVENTS.some((rule) => rule.action === event.action && rule.outcome === event.outcome);
  if (!counted) return null;
  const who = event.actorId ? `user:${event.actorId}` : `ip:${event.ip ?? "unknown"}`;
  const minute = at.toISOString().slice(0, 16);
  return JSON.stringify([event.action, event.outcome, who, event.targetType ?? null, minute]);
}

// JSON round trip: drops undefined and turns Dates into strings, which is what a JSONB column stores.
const toJson = (details: Record<string, unknown>) => JSON.parse(JSON.stringify(details)) as Prisma.InputJsonValue;

export async function recordAuditEvent(db: Db | TransactionClient, event: AuditEventInput, now: Date = new Date()): Promise<void> {
  const bucket = auditBucket(event, now);
  if (bucket === null) {
    await db.auditEvent.create({
      data: {
        at: now,
        action: event.action,
        outcome: event.outcome,
        actorId: event.actorId ?? null,
        actorEmail: event.actorEmail ?? null,
        targetType: event.targetType ?? null,
        targetId: event.targetId ?? null,
        ip: event.ip ?? null,
        details: event.details === undefined ? undefined : toJson(event.details),
      },
    });
    return;
  }
  // The row keeps its first occurrence's details and target. Timestamps go in as ISO strings
  // cast to timestamp (UTC wall time), the convention of every DateTime column.
  const at = now.toISOString();
  const details = event.details === undefined ? null : JSON.stringify(toJson(event.details));
  await db.$executeRaw`
    INSERT INTO audit_event AS e (at, action, outcome, actor_id, actor_email, target_type, target_id, ip, details, occurrences, last_at, bucket)
    VALUES (${at}::timestamp(3), ${event.action}, ${event.outcome}, ${event.actorId ?? null}::uuid, ${event.actorEmail ?? null},
            ${event.targetType ?? null}, ${event.targetId ?? null}, ${event.ip ?? null}, ${details}::jsonb, 1, ${at}::timestamp(3), ${bucket})
    ON CONFLICT (bucket) DO UPDATE SET
      occurrences = e.occurrences + 1,
      last_at = GREATEST(e.last_at, EXCLUDED.last_at)`;
}
