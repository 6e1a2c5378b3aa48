// A refresh: BNSSG "completed [it] in 2020 and refreshed [it] in 2022/3". The new draft starts
// from a published return of the same organisation, on today's default catalogue version,
// with each item's level, evidence and gaps copied in, so contributors revise rather than
// retype. An item is copied only when the new version asks the same question (questionKey in
// lib/scoring, the rule comparisons use); the others start blank.
import type { Actor } from "../audit/actor";
import { can } from "../policy/policy";
import { isUuid } from "../auth/is-uuid";
import type { Db } from "../db/create-client";
import { ForbiddenError, NotFoundError, ReturnStateError } from "../errors";
import { insertReturn } from "./insert-return";
import { recordAnswerRevisions } from "./record-answer-revisions";
import { questionKey } from "../scoring";
import { toReturnRef } from "./to-return-ref";
import { RETURN_ORGANISATION_SELECT } from "./return-organisation-select";
import { carryOverActions } from "../actions/carry-over-actions";
import { readDatabaseClock } from "../db/read-database-clock";

export interface RefreshResult {
  id: string;
  /** Answers carried over, and the source's answers that could not be (reworded items). */
  copied: number;
  notCopied: number;
}

type StoredItem = { key: string; number: string | null; text: string; parent: { text: string } | null };

const questionOf = (item: StoredItem) => questionKey({ id: item.key, number: item.number, text: item.text, stemText: item.parent?.text ?? null });

export async function refreshReturn(db: Db, input: { sourceId: string; title: string }, actor: Actor): Promise<RefreshResult> {
  if (!isUuid(input.sourceId)) throw new NotFoundError("The self-assessment does not exist.");
  return db.$transaction(async (tx) => {
    const source = await tx.assessmentReturn.findUnique({
      where: { id: input.sourceId },
      select: {
        id: true,
        status: true,
        title: true,
        organisation: { select: RETURN_ORGANISATION_SELECT },
        answers: {
          select: {
            level: true,
            evidence: true,
            gaps: true,
            catalogueItem: { select: { key: true, number: true, text: true, parent: { select: { text: true } } } },
          },
        },
      },
    });
    // Someone who cannot read it must not learn that it exists.
    const ref = source ? toReturnRef(source) : null;
    if (!source || !ref || !can(actor, "return.read", { type: "return", ...ref })) throw new NotFoundError("The self-assessment does not exist.");
    if (!can(actor, "return.refresh", { type: "return", ...ref })) {
      // Read but not refreshable: a draft, or someone who may not start returns for it.
      if (source.status === "draft") throw new ReturnStateError(source.status, "Only a submitted or signed-off self-assessment can be refreshed.");
      throw new ForbiddenError("Not allowed to refresh this self-assessment.");
    }

    const catalogue = await tx.catalogueVersion.findFirst({ where: { isDefault: true }, select: { id: true } });
    if (!catalogue) throw new NotFoundError("There is no default catalogue version.");
    const targetItems = await tx.catalogueItem.findMany({
      where: { catalogueVersionId: catalogue.id, kind: "item" },
      select: { id: true, key: true, number: true, text: true, parent: { select: { text: true } } },
    });
    const targets = new Map(targetItems.map((item) => [questionOf(item), item]));

    const answers = source.answers.flatMap((answer) => {
      const target = targets.get(questionOf(answer.catalogueItem));
      if (!target) return [];
      return [{ catalogueItemId: target.id, level: answer.level, evidence: answer.evidence, gaps: answer.gaps, updatedById: actor.id }];
    });
    const created = await insertReturn(
      tx,
      { organisationId: source.organisation.id, catalogueVersionId: catalogue.id, title: input.title, basedOnId: source.id },
      actor,
      { basedOn: source.id, copied: answers.length },
    );
    await tx.returnAnswer.createMany({ data: answers.map((answer) => ({ ...answer, returnId: created.id })) });
    // The copy is each answer's first version in the new return.
    await recordAnswerRevisions(
      tx,
      answers.map(({ updatedById, ...answer }) => ({ ...answer, returnId: created.id, revision: 1, savedById: updatedById })),
    );
    // The organisation's open actions follow it into the new return (lib/actions).
    await carryOverActions(tx, { sourceReturnId: source.id, targetReturnId: created.id, targetCatalogueVersionId: catalogue.id, targetTitle: input.title, at: await readDatabaseClock(tx) }, actor);
    return { id: created.id, copied: answers.length, notCopied: source.answers.length - answers.length };
  });
}
