"use server";
// Saving one item of a return. Signed in → the stored return, readable → still a draft (or say
// so) → authorise return.item.edit on this item with its assignees (a refusal is audited and
// answers 404) → parse → lib (which 404s an unknown item) → revalidate → back to the ambition.
import { notFound, redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { authorise } from "@/lib/auth/authorise";
import { copy } from "@/lib/copy/en";
import { db } from "@/lib/db/prisma";
import { ForbiddenError, NotFoundError, ReturnStateError, StaleAnswerError } from "@/lib/errors";
import { collectFieldErrors } from "@/lib/forms/collect-field-errors";
import { invalidForm, type FormState } from "@/lib/forms/form-state";
import { readFormValues } from "@/lib/forms/read-form-values";
import { authoriseReturn } from "@/lib/returns/authorise-return";
import { ambitionHref, itemHref } from "@/lib/returns/item-href";
import { saveAnswer } from "@/lib/returns/save-answer";
import { toReturnRef } from "@/lib/returns/to-return-ref";
import { answerSchema } from "./schema";

export async function saveAnswerAction(returnId: string, itemKey: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const page = itemHref(returnId, itemKey);
  const { stored } = await authoriseReturn(returnId, "return.read", page, { answers: { itemKey } });
  const values = readFormValues(formData);
  const notDraft = () => invalidForm([{ field: "level", message: copy.returns.item.notDraft }], values);
  if (stored.status !== "draft") return notDraft();
  const user = await authorise(
    "return.item.edit",
    { type: "returnItem", return: toReturnRef(stored), assigneeIds: stored.assignees.get(itemKey) ?? [] },
    page,
  );
  const parsed = answerSchema.safeParse({
    level: formData.get("level") ?? undefined,
    evidence: formData.get("evidence") ?? "",
    gaps: formData.get("gaps") ?? "",
    revision: formData.get("revision") ?? "0",
  });
  if (!parsed.success) return invalidForm(collectFieldErrors(parsed.error), values);
  const { level, evidence, gaps, revision } = parsed.data;
  let saved: { ambition: number };
  try {
    saved = await saveAnswer(db(), { returnId: stored.id, itemKey, level, evidence, gaps, expectedRevision: revision }, user);
  } catch (error) {
    if (error instanceof StaleAnswerError) {
      // Keep what they typed, and let a second save, now against the colleague's revision,
      // replace their answer deliberately. The page re-renders with who saved it last.
      revalidatePath(page);
      return invalidForm([{ field: "level", message: copy.returns.item.stale }], { ...values, revision: String(error.currentRevision) });
    }
    if (error instanceof ReturnStateError) return notDraft();
    if (error instanceof ForbiddenError || error instanceof NotFoundError) notFound();
    throw error;
  }
  revalidatePath(`/returns/${stored.id}`);
  redirect(`${ambitionHref(stored.id, saved.ambition)}?saved=${encodeURIComponent(itemKey)}#item-${itemKey}`);
}
