// What the item page needs to ask why a level is what it is: the partners' proposed level (when
// the reader may see partners' answers and there is a proposal) and, on a refreshed return, the
// level the same question had in the return it came from. Null when there is nothing to ask
// about and no reason stored.
import type { Actor } from "../audit/actor";
import type { Db } from "../db/create-client";
import { can } from "../policy/policy";
import type { ReturnView } from "../returns/get-return";
import { toReturnRef } from "../returns/to-return-ref";
import { proposeLevel, questionKey } from "../scoring";
import { listPartnerAnswers } from "./list-partner-answers";

export type LevelReasonContext = {
  /** The reason as stored ("" when none). */
  initial: string;
  /** The partners' proposed level, when there is one. */
  proposedLevel: number | null;
  /** The level in the return this one came from (null: not rated there); undefined when not a refresh or the question is new. */
  previousLevel?: number | null;
};

type StoredItem = { key: string; number: string | null; text: string; parent: { text: string } | null };
const ITEM_SELECT = { key: true, number: true, text: true, parent: { select: { text: true } } } as const;
const questionOf = (item: StoredItem) => questionKey({ id: item.key, number: item.number, text: item.text, stemText: item.parent?.text ?? null });

async function previousLevelOf(db: Db, stored: ReturnView, itemKey: string): Promise<number | null | undefined> {
  if (!stored.basedOn) return undefined;
  const [item, previous] = await Promise.all([
    db.catalogueItem.findUnique({ where: { catalogueVersionId_key: { catalogueVersionId: stored.catalogueVersionId, key: itemKey } }, select: ITEM_SELECT }),
    db.assessmentReturn.findUnique({
      where: { id: stored.basedOn.id },
      select: {
        catalogueVersion: { select: { items: { where: { kind: "item" }, select: ITEM_SELECT } } },
        answers: { select: { level: true, catalogueItem: { select: { key: true } } } },
      },
    }),
  ]);
  if (!item || !previous) return undefined;
  // The same question (refresh's rule): an item reworded in the new version has no previous level.
  const question = questionOf(item);
  const same = previous.catalogueVersion.items.find((candidate) => questionOf(candidate) === question);
  if (!same) return undefined;
  return previous.answers.find((answer) => answer.catalogueItem.key === same.key)?.level ?? null;
}

export async function getLevelReasonContext(db: Db, actor: Actor, stored: ReturnView, itemKey: string): Promise<LevelReasonContext | null> {
  const readsPartners = can(actor, "return.readPartners", { type: "return", ...toReturnRef(stored) });
  const [partners, previousLevel, answer] = await Promise.all([
    readsPartners ? listPartnerAnswers(db, { returnId: stored.id, itemKey }, actor) : Promise.resolve([]),
    previousLevelOf(db, stored, itemKey),
    db.returnAnswer.findFirst({
      where: { returnId: stored.id, catalogueItem: { key: itemKey, catalogueVersionId: stored.catalogueVersionId } },
      select: { levelReason: true },
    }),
  ]);
  const proposedLevel = partners.length > 0 ? proposeLevel(partners).level : null;
  const initial = answer?.levelReason ?? "";
  if (proposedLevel === null && previousLevel === undefined && initial === "") return null;
  return { initial, proposedLevel, previousLevel };
}
