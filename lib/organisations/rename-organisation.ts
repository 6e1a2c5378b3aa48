import type { Actor } from "../audit/actor";
import { can } from "../policy/policy";
import { recordAuditEvent } from "../audit/record-audit-event";
import type { Db } from "../db/create-client";
import { ForbiddenError, NotFoundError } from "../errors";
import { assertUniqueName } from "./assert-unique-name";
import { toOrgRef } from "./to-org-ref";
import { AUDIT_ACTIONS } from "../audit/audit-actions";

/**
 * Renames any organisation, seeded ones included: seeding matches regions and ICBs by
 * reference key, so a rename survives later starts. Allowed to whoever may
 * `organisation.manage` it. Renaming to the current name changes and records nothing.
 */
export async function renameOrganisation(
  db: Db,
  input: { organisationId: string; name: string },
  actor: Actor,
): Promise<{ changed: boolean }> {
  return db.$transaction(async (tx) => {
    const organisation = await tx.organisation.findUnique({
      where: { id: input.organisationId },
      select: { id: true, kind: true, name: true, regionId: true, icbId: true },
    });
    if (!organisation) throw new NotFoundError("The organisation does not exist.");
    if (!can(actor, "organisation.manage", { type: "organisation", organisation: toOrgRef(organisation) })) {
      throw new ForbiddenError("Not allowed to rename this organisation.");
    }
    if (organisation.name === input.name) return { changed: false };
    await assertUniqueName(tx, { ...organisation, name: input.name, excludeId: organisation.id });
    await tx.organisation.update({ where: { id: organisation.id }, data: { name: input.name } });
    await recordAuditEvent(tx, {
      action: AUDIT_ACTIONS.organisationRename,
      outcome: "success",
      actorId: actor.id,
      actorEmail: actor.email,
      targetType: "organisation",
      targetId: organisation.id,
      details: { from: organisation.name, to: input.name },
    });
    return { changed: true };
  });
}
