// "What our partners said" about one item: every asked partner's latest level, evidence and
// gaps (their return's answer as it now stands), side by side, unrated partners included.
import type { Actor } from "../audit/actor";
import type { Db } from "../db/create-client";
import { loadIcbReturn } from "./load-icb-return";

export type PartnerAnswer = {
  partnerReturnId: string;
  organisationName: string;
  status: "draft" | "submitted" | "signed_off";
  level: number | null;
  evidence: string;
  gaps: string;
  updatedAt: Date | null;
};

export async function listPartnerAnswers(db: Db, input: { returnId: string; itemKey: string }, actor: Actor): Promise<PartnerAnswer[]> {
  const icbReturn = await loadIcbReturn(db, input.returnId, "return.readPartners", actor);
  const partnerReturns = await db.assessmentReturn.findMany({
    where: { partnerOfId: icbReturn.id },
    orderBy: { organisation: { name: "asc" } },
    select: {
      id: true,
      status: true,
      organisation: { select: { name: true } },
      // Partner returns are on the ICB return's catalogue version, so the key names the same item.
      answers: {
        where: { catalogueItem: { key: input.itemKey, catalogueVersionId: icbReturn.catalogueVersionId } },
        select: { level: true, evidence: true, gaps: true, updatedAt: true },
      },
    },
  });
  return partnerReturns.map((row) => {
    const answer = row.answers[0];
    return {
      partnerReturnId: row.id,
      organisationName: row.organisation.name,
      status: row.status,
      level: answer?.level ?? null,
      evidence: answer?.evidence ?? "",
      gaps: answer?.gaps ?? "",
      updatedAt: answer?.updatedAt ?? null,
    };
  });
}
