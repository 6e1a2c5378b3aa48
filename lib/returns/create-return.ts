import type { Actor } from "../audit/actor";
import { can } from "../policy/policy";
import type { Db } from "../db/create-client";
import { ForbiddenError, NotFoundError } from "../errors";
import { toOrgRef } from "../organisations/to-org-ref";
import { insertReturn } from "./insert-return";

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
    return insertReturn(tx, { organisationId: organisation.id, catalogueVersionId: catalogue.id, title: input.title }, actor);
  });
}
