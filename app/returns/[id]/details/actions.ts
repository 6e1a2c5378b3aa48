"use server";
// The front sheet's header fields. Authorise return.update on the stored return (404 and
// audited otherwise) → parse → lib → revalidate → back to the return.
import { notFound, redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { copy } from "@/lib/copy/en";
import { db } from "@/lib/db/prisma";
import { ForbiddenError, NotFoundError, ReturnStateError } from "@/lib/errors";
import { collectFieldErrors } from "@/lib/forms/collect-field-errors";
import { invalidForm, type FormState } from "@/lib/forms/form-state";
import { readFormValues } from "@/lib/forms/read-form-values";
import { authoriseReturn } from "@/lib/returns/authorise-return";
import { updateReturnDetails } from "@/lib/returns/update-return-details";
import { detailsSchema } from "./schema";

export async function updateDetailsAction(returnId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const page = `/returns/${returnId}`;
  const { user, stored } = await authoriseReturn(returnId, "return.update", `${page}/details`, { answers: "none" });
  const values = readFormValues(formData);
  const field = (name: string) => formData.get(name) ?? "";
  const parsed = detailsSchema.safeParse({
    title: field("title"),
    completedBy: field("completedBy"),
    versionNote: field("versionNote"),
    completionDate: field("completionDate"),
    livedExperience: field("livedExperience"),
  });
  if (!parsed.success) return invalidForm(collectFieldErrors(parsed.error), values);
  try {
    await updateReturnDetails(db(), stored.id, parsed.data, user);
  } catch (error) {
    if (error instanceof ReturnStateError) return invalidForm([{ field: "title", message: copy.returns.item.notDraft }], values);
    if (error instanceof ForbiddenError || error instanceof NotFoundError) notFound();
    throw error;
  }
  revalidatePath(page);
  revalidatePath("/returns");
  redirect(`${page}?done=details`);
}
