// The partners page: every place and provider of the ICB, whether it has been asked (and how far
// its return has got), and how many people it has to fill it in.
import type { Actor } from "../audit/actor";
import type { Db } from "../db/create-client";
import { loadIcbReturn, type IcbReturn } from "./load-icb-return";

export type PartnerProgress = {
  organisation: { id: string; name: string; kind: "place" | "provider"; regionId: string | null; icbId: string | null };
  /** People with a role on the organisation (who will see a return started for it). */
  people: number;
  /** Its return answering this ICB return; null when not asked yet. */
  partnerReturn: { id: string; status: "draft" | "submitted" | "signed_off"; rated: number; items: number } | null;
};

export async function listPartnerReturns(
  db: Db,
  returnId: string,
  actor: Actor,
): Promise<{ icbReturn: IcbReturn; partners: PartnerProgress[] }> {
  const icbReturn = await loadIcbReturn(db, returnId, "return.readPartners", actor);
  const [organisations, items] = await Promise.all([
    db.organisation.findMany({
      where: { icbId: icbReturn.organisation.id, kind: { in: ["place", "provider"] } },
      orderBy: [{ kind: "asc" }, { name: "asc" }],
      select: {
        id: true,
        name: true,
        kind: true,
        regionId: true,
        icbId: true,
        _count: { select: { memberships: true } },
        returns: {
          where: { partnerOfId: icbReturn.id },
          select: { id: true, status: true, _count: { select: { answers: { where: { level: { not: null } } } } } },
        },
      },
    }),
    db.catalogueItem.count({ where: { catalogueVersionId: icbReturn.catalogueVersionId, kind: "item" } }),
  ]);
  const partners = organisations.map((organisation): PartnerProgress => {
    const partnerReturn = organisation.returns[0];
    return {
      organisation: {
        id: organisation.id,
        name: organisation.name,
        kind: organisation.kind === "place" ? "place" : "provider",
        regionId: organisation.regionId,
        icbId: organisation.icbId,
      },
      people: organisation._count.memberships,
      partnerReturn: partnerReturn
        ? { id: partnerReturn.id, status: partnerReturn.status, rated: partnerReturn._count.answers, items }
        : null,
    };
  });
  return { icbReturn, partners };
}
