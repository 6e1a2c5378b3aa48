"use server";
// Starting a refresh. Signed in → the source return, readable → return.create on its
// organisation (refusals audited, answered 404) → parse → lib → revalidate → the new draft.
import { notFound, redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { authorise } from "@/lib/auth/authorise";
import { db } from "@/lib/db/prisma";
import { ForbiddenError, NotFoundError, ReturnStateError } from "@/lib/errors";
import { collectFieldErrors } from "@/lib/forms/collect-field-errors";
import { invalidForm, type FormState } from "@/lib/forms/form-state";
import { readFormValues } from "@/lib/forms/read-form-values";
import { authoriseReturn } from "@/lib/returns/authorise-return";
import { refreshReturn, type RefreshResult } from "@/lib/returns/refresh-return";
import { toReturnRef } from "@/lib/returns/to-return-ref";
import { refreshSchema } from "./schema";

export async function refreshReturnAction(sourceId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const { stored } = await authoriseReturn(sourceId, "return.read", `/returns/${sourceId}/refresh`, { answers: "none" });
  const user = await authorise("return.create", { type: "organisation", organisation: toReturnRef(stored).organisation }, `/returns/${sourceId}`);
  const values = readFormValues(formData);
  const parsed = refreshSchema.safeParse({ title: formData.get("title") ?? undefined });
  if (!parsed.success) return invalidForm(collectFieldErrors(parsed.error), values);
  let result: RefreshResult;
  try {
    result = await refreshReturn(db(), { sourceId: stored.id, title: parsed.data.title }, user);
  } catch (error) {
    // A draft has no refresh page; one that vanished or is no longer readable is as authorise() answers.
    if (error instanceof ForbiddenError || error instanceof NotFoundError || error instanceof ReturnStateError) notFound();
    throw error;
  }
  revalidatePath("/returns");
  redirect(`/returns/${result.id}?${new URLSearchParams({ done: "refreshed", copied: String(result.copied), notCopied: String(result.notCopied) })}`);
}
