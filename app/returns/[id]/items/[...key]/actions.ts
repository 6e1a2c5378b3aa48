"use server";
import { z } from "zod";
import { boundKeySchema } from "@/lib/forms/bound-argument";
import { authorise } from "@/lib/request/authorise";
import { db } from "@/lib/db/prisma";
import { formAction } from "@/lib/edge/form-action";
import { ReturnStateError } from "@/lib/errors";
import { authoriseReturn } from "@/lib/returns/authorise-return";
import { findNextEditableItem } from "@/lib/returns/find-next-editable-item";
import { ambitionHref, itemHref } from "@/lib/returns/item-href";
import { saveAnswer } from "@/lib/returns/save-answer";
import { toReturnRef } from "@/lib/returns/to-return-ref";
import { answerSchema } from "./schema";

export const saveAnswerAction = formAction({
  bound: z.tuple([boundKeySchema, boundKeySchema]),
  authorise: async ([returnId, itemKey]) => {
    const page = itemHref(returnId, itemKey);
    const { stored } = await authoriseReturn(returnId, "return.read", page, { answers: { itemKey } });
    // A reader of a return that has moved on is told so; only a draft has editable items.
    if (stored.status !== "draft") throw new ReturnStateError(stored.status, "The self-assessment is no longer a draft.");
    const user = await authorise("return.item.edit", { type: "returnItem", return: toReturnRef(stored), assigneeIds: stored.assignees.get(itemKey) ?? [] }, page);
    return { user, stored, itemKey };
  },
  schema: answerSchema,
  fields: (formData) => ({
    level: formData.get("level") ?? undefined,
    evidence: formData.get("evidence") ?? "",
    gaps: formData.get("gaps") ?? "",
    revision: formData.get("revision") ?? "0",
    // Which button: "Save and go to the next item" sends next=1.
    next: formData.get("next") ?? undefined,
    levelReason: formData.get("levelReason") ?? undefined,
  }),
  formField: "level",
  refreshOnRefusal: ({ stored, itemKey }) => [itemHref(stored.id, itemKey)],
  run: async ({ user, stored, itemKey }, { level, evidence, gaps, revision, next, levelReason }) => {
    const saved = await saveAnswer(db(), { returnId: stored.id, itemKey, level, evidence, gaps, expectedRevision: revision, levelReason }, user);
    const nextKey = next
      ? await findNextEditableItem(db(), { returnId: stored.id, catalogueVersionId: stored.catalogueVersionId, ref: toReturnRef(stored), afterKey: itemKey }, user)
      : null;
    return { ...saved, nextKey };
  },
  done: ({ stored, itemKey }, saved) => {
    const outcome = `${saved.changed ? "saved" : "unchanged"}=${encodeURIComponent(itemKey)}`;
    return {
      revalidate: [`/returns/${stored.id}`, itemHref(stored.id, itemKey)],
      // The next item the person may edit, saying what happened to this one; after the last,
      // back to the ambition page at this item.
      redirect: saved.nextKey ? `${itemHref(stored.id, saved.nextKey)}?${outcome}` : `${ambitionHref(stored.id, saved.ambition)}?${outcome}#item-${itemKey}`,
    };
  },
});
