// The consolidated "you said" list for one ambition: every partner's gaps, item by item in
// catalogue order, each keeping who said it (the partner return) so an action made from it
// links back.
import type { Actor } from "../audit/actor";
import type { Db } from "../db/create-client";
import { loadIcbReturn } from "./load-icb-return";

export type PartnerGap = {
  itemKey: string;
  itemNumber: string | null;
  itemText: string;
  partnerReturnId: string;
  organisationName: string;
  level: number | null;
  gaps: string;
};

export async function listPartnerGaps(db: Db, input: { returnId: string; ambition: number }, actor: Actor): Promise<PartnerGap[]> {
  const icbReturn = await loadIcbReturn(db, input.returnId, "return.readPartners", actor);
  const answers = await db.returnAnswer.findMany({
    where: {
      return: { partnerOfId: icbReturn.id },
      catalogueItem: { ambitionNumber: input.ambition, catalogueVersionId: icbReturn.catalogueVersionId },
      // Blank gaps say nothing; whitespace-only ones are dropped below.
      gaps: { not: "" },
    },
    orderBy: [{ catalogueItem: { position: "asc" } }, { return: { organisation: { name: "asc" } } }],
    select: {
      level: true,
      gaps: true,
      return: { select: { id: true, organisation: { select: { name: true } } } },
      catalogueItem: { select: { key: true, number: true, text: true, parent: { select: { text: true } } } },
    },
  });
  return answers
    .filter((answer) => answer.gaps.trim() !== "")
    .map((answer) => ({
      itemKey: answer.catalogueItem.key,
      itemNumber: answer.catalogueItem.number,
      itemText: answer.catalogueItem.parent ? `${answer.catalogueItem.parent.text} ${answer.catalogueItem.text}` : answer.catalogueItem.text,
      partnerReturnId: answer.return.id,
      organisationName: answer.return.organisation.name,
      level: answer.level,
      gaps: answer.gaps,
    }));
}
