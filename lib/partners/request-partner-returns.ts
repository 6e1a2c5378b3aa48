// "A programme manager asks the ICB's places and providers to self-assess": one action starts a
// draft return for each chosen partner organisation on the ICB return's catalogue version,
// linked to the ICB return (partner_of_id). Asking again is harmless: an organisation already
// asked keeps its return (the unique (partner_of_id, organisation_id) index holds it).
// The partner's own people (contributors, clinical leads, its programme manager) reach the new
// draft through their memberships, as any return of their organisation; nobody is assigned, so
// every item stays open to all of them (assigning would close items to the others).
import type { Actor } from "../audit/actor";
import { isUuid } from "../auth/is-uuid";
import type { Db } from "../db/create-client";
import { ForbiddenError, ValidationError } from "../errors";
import { toOrgRef } from "../organisations/to-org-ref";
import { can } from "../policy/policy";
import { insertReturn } from "../returns/insert-return";
import { loadIcbReturn } from "./load-icb-return";

export type PartnerRequestResult = {
  /** The partner returns started now, by organisation. */
  created: { id: string; organisationId: string }[];
  /** Organisations asked before: their return is left as it is. */
  alreadyAsked: number;
};

export async function requestPartnerReturns(
  db: Db,
  input: { returnId: string; organisationIds: readonly string[] },
  actor: Actor,
): Promise<PartnerRequestResult> {
  const organisationIds = [...new Set(input.organisationIds)];
  if (organisationIds.length === 0) {
    throw new ValidationError("organisationIds", "partners.noneChosen", "Choose at least one partner organisation.");
  }
  return db.$transaction(async (tx) => {
    const icbReturn = await loadIcbReturn(tx, input.returnId, "return.requestPartners", actor);
    const organisations = await tx.organisation.findMany({
      where: { id: { in: organisationIds.filter(isUuid) } },
      select: { id: true, kind: true, regionId: true, icbId: true },
    });
    // Only the ICB's own places and providers are its partners.
    const partners = organisations.filter(
      (organisation) => organisation.icbId === icbReturn.organisation.id && organisation.kind !== "icb" && organisation.kind !== "region",
    );
    if (partners.length !== organisationIds.length) {
      throw new ValidationError("organisationIds", "partners.notPartner", "Only the ICB's own places and providers can be asked.");
    }
    for (const partner of partners) {
      if (!can(actor, "return.create", { type: "organisation", organisation: toOrgRef(partner) })) {
        throw new ForbiddenError("Not allowed to start a return for this organisation.");
      }
    }
    const existing = await tx.assessmentReturn.findMany({
      where: { partnerOfId: icbReturn.id, organisationId: { in: partners.map((partner) => partner.id) } },
      select: { organisationId: true },
    });
    const asked = new Set(existing.map((row) => row.organisationId));
    const created: PartnerRequestResult["created"] = [];
    for (const partner of partners) {
      if (asked.has(partner.id)) continue;
      const { id } = await insertReturn(
        tx,
        { organisationId: partner.id, catalogueVersionId: icbReturn.catalogueVersionId, title: icbReturn.title, partnerOfId: icbReturn.id },
        actor,
        { partnerOf: icbReturn.id },
      );
      created.push({ id, organisationId: partner.id });
    }
    return { created, alreadyAsked: asked.size };
  });
}
