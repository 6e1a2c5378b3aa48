import { randomUUID } from "node:crypto";
import type { Actor } from "../audit/actor";
import { can } from "../policy/policy";
import { recordAuditEvent } from "../audit/record-audit-event";
import type { Db } from "../db/create-client";
import { ForbiddenError, NotFoundError, ValidationError } from "../errors";
import type { ProviderType } from "../generated/prisma/client";
import { assertUniqueName } from "./assert-unique-name";
import { toOrgRef } from "./to-org-ref";
import { AUDIT_ACTIONS } from "../audit/audit-actions";

export type NewOrganisation =
  | { readonly kind: "icb"; readonly parentId: string; readonly name: string }
  | { readonly kind: "place"; readonly parentId: string; readonly name: string }
  | { readonly kind: "provider"; readonly parentId: string; readonly name: string; readonly providerType: ProviderType };

/**
 * Adds an ICB to a region, or a place or provider to an ICB: allowed to whoever may
 * `organisation.manage` the parent. Regions are reference data and are not added here.
 */
export async function createOrganisation(db: Db, input: NewOrganisation, actor: Actor): Promise<{ id: string }> {
  return db.$transaction(async (tx) => {
    const parent = await tx.organisation.findUnique({
      where: { id: input.parentId },
      select: { id: true, kind: true, regionId: true, icbId: true },
    });
    if (!parent) throw new NotFoundError("The parent organisation does not exist.");
    if (!can(actor, "organisation.manage", { type: "organisation", organisation: toOrgRef(parent) })) {
      throw new ForbiddenError("Not allowed to add organisations here.");
    }
    const expectedParent = input.kind === "icb" ? "region" : "icb";
    if (parent.kind !== expectedParent || !parent.regionId) {
      throw new ValidationError("kind", `${input.kind}.parent`, `A ${input.kind} belongs to a ${expectedParent}, not a ${parent.kind}.`);
    }

    // An ICB is its own ICB (icbId = id), so its id is chosen before the insert.
    const id = randomUUID();
    const placement =
      input.kind === "icb" ? { regionId: parent.id, icbId: id } : { regionId: parent.regionId, icbId: parent.id };
    await assertUniqueName(tx, { kind: input.kind, ...placement, name: input.name });
    await tx.organisation.create({
      data: {
        id,
        kind: input.kind,
        name: input.name,
        providerType: input.kind === "provider" ? input.providerType : null,
        ...placement,
      },
    });
    await recordAuditEvent(tx, {
      action: AUDIT_ACTIONS.organisationCreate,
      outcome: "success",
      actorId: actor.id,
      actorEmail: actor.email,
      targetType: "organisation",
      targetId: id,
      details: {
        kind: input.kind,
        name: input.name,
        parentId: parent.id,
        ...(input.kind === "provider" ? { providerType: input.providerType } : {}),
      },
    });
    return { id };
  });
}
