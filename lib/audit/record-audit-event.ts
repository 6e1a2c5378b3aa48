// The audit log is append-only and written through this one function, so every row has the
// same shape. Pass the transaction client when the audited change happens in a transaction:
// the row then commits or rolls back with the change it describes.
import type { Db, TransactionClient } from "../db/create-client";
import type { Prisma } from "../generated/prisma/client";
import type { AuditAction } from "./audit-actions";

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

export async function recordAuditEvent(db: Db | TransactionClient, event: AuditEventInput): Promise<void> {
  await db.auditEvent.create({
    data: {
      action: event.action,
      outcome: event.outcome,
      actorId: event.actorId ?? null,
      actorEmail: event.actorEmail ?? null,
      targetType: event.targetType ?? null,
      targetId: event.targetId ?? null,
      ip: event.ip ?? null,
      // JSON round trip: drops undefined and turns Dates into strings, which is what a JSONB column stores.
      details: event.details === undefined ? undefined : (JSON.parse(JSON.stringify(event.details)) as Prisma.InputJsonValue),
    },
  });
}
