import type { Actor } from "../audit/actor";
import { AUDIT_ACTIONS } from "../auth/audit-actions";
import { can } from "../auth/policy";
import { recordAuditEvent } from "../auth/record-audit-event";
import type { Db } from "../db/create-client";
import { ForbiddenError, NotFoundError } from "../errors";
import { toOrgRef } from "../organisations/to-org-ref";

export interface NewReturn {
  readonly organisationId: string;
  readonly title: string;
  /** A stored catalogue version; the default version when omitted. */
  readonly catalogueVersionId?: string;
}

/** Starts a draft return for an organisation, as whoever may `return.create` on it. */
export async function createReturn(db: Db, input: NewReturn, actor: Actor): Promise<{ id: string }> {
  return db.$transaction(async (tx) => {
    const organisation = await tx.organisation.findUnique({
      where: { id: input.organisationId },
      select: { id: true, kind: true, regionId: true, icbId: true },
    });
    if (!organisation) throw new NotFoundError("The organisation does not exist.");
    if (!can(actor, "return.create", { type: "organisation", organisation: toOrgRef(organisation) })) {
      throw new ForbiddenError("Not allowed to start a return for this organisation.");
    }
    const catalogue = await tx.catalogueVersion.findFirst({
      where: input.catalogueVersionId ? { id: input.catalogueVersionId } : { isDefault: true },
      select: { id: true },
    });
    if (!catalogue) throw new NotFoundError("The catalogue version does not exist.");
    const created = await tx.assessmentReturn.create({
      data: { organisationId: organisation.id, catalogueVersionId: catalogue.id, title: input.title, createdById: actor.id },
      select: { id: true },
    });
    await recordAuditEvent(tx, {
      action: AUDIT_ACTIONS.returnCreate,
      outcome: "success",
      actorId: actor.id,
      actorEmail: actor.email,
      targetType: "return",
      targetId: created.id,
      details: { organisationId: organisation.id, catalogueVersionId: catalogue.id, title: input.title },
    });
    return created;
  });
}
