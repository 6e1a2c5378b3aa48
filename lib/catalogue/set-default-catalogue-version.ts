// Which catalogue version new self-assessments start on. Returns already started keep theirs:
// a return always points at the version it was made with.
import type { Actor } from "../audit/actor";
import { AUDIT_ACTIONS } from "../audit/audit-actions";
import { can } from "../policy/policy";
import { recordAuditEvent } from "../audit/record-audit-event";
import type { Db } from "../db/create-client";
import { ForbiddenError, NotFoundError } from "../errors";

export async function setDefaultCatalogueVersion(db: Db, versionId: string, actor: Actor): Promise<{ changed: boolean }> {
  if (!can(actor, "catalogue.manage", { type: "system" })) throw new ForbiddenError("Not allowed to manage catalogue versions.");
  return db.$transaction(async (tx) => {
    // One default at a time, even with two administrators clicking at once.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('catalogue-version:default'))`;
    const version = await tx.catalogueVersion.findUnique({ where: { id: versionId }, select: { id: true, isDefault: true } });
    if (!version) throw new NotFoundError("The catalogue version does not exist.");
    if (version.isDefault) return { changed: false };
    const previous = await tx.catalogueVersion.findFirst({ where: { isDefault: true }, select: { id: true } });
    await tx.catalogueVersion.updateMany({ where: { isDefault: true }, data: { isDefault: false } });
    await tx.catalogueVersion.update({ where: { id: version.id }, data: { isDefault: true } });
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
  });
}
