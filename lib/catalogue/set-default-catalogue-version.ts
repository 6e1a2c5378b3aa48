// Which catalogue version new self-assessments start on. Returns already started keep theirs:
// a return always points at the version it was made with.
import type { Actor } from "../audit/actor";
import { AUDIT_ACTIONS } from "../audit/audit-actions";
import { can } from "../policy/policy";
import { recordAuditEvent } from "../audit/record-audit-event";
import type { Db } from "../db/create-client";
import { ForbiddenError, NotFoundError } from "../errors";
import { moveDefaultTo, retryOnDefaultConflict } from "./retry-on-default-conflict";

export async function setDefaultCatalogueVersion(db: Db, versionId: string, actor: Actor): Promise<{ changed: boolean }> {
  if (!can(actor, "catalogue.manage", { type: "system" })) throw new ForbiddenError("Not allowed to manage catalogue versions.");
  // One default at a time is the database's rule (a partial unique index); of two
  // administrators choosing at once, the later choice wins and both are audited.
  return retryOnDefaultConflict(() =>
    db.$transaction(async (tx) => {
      const version = await tx.catalogueVersion.findUnique({ where: { id: versionId }, select: { id: true, isDefault: true } });
      if (!version) throw new NotFoundError("The catalogue version does not exist.");
      if (version.isDefault) return { changed: false };
      const previous = await tx.catalogueVersion.findFirst({ where: { isDefault: true }, select: { id: true } });
      await moveDefaultTo(tx, version.id);
      await recordAuditEvent(tx, {
        action: AUDIT_ACTIONS.catalogueSetDefault,
        outcome: "success",
        actorId: actor.id,
        actorEmail: actor.email,
        targetType: "catalogue_version",
        targetId: version.id,
        details: { previous: previous?.id ?? null },
      });
      return { changed: true };
    }),
  );
}
