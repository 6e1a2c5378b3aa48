"use server";
// Assigning one item of a return. Authorise return.assign on the stored return (404 and
// audited otherwise) → parse → lib → revalidate → back to the ambition.
import { notFound, redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { copy } from "@/lib/copy/en";
import { db } from "@/lib/db/prisma";
import { ForbiddenError, NotFoundError, ReturnStateError, ValidationError } from "@/lib/errors";
import { invalidForm, type FormState } from "@/lib/forms/form-state";
import { assignItem } from "@/lib/returns/assign-item";
import { authoriseReturn } from "@/lib/returns/authorise-return";
import { findReturnItem } from "@/lib/returns/find-return-item";
import { ambitionHref } from "@/lib/returns/item-href";

const assigneesSchema = z.array(z.uuid()).max(100);

export async function assignItemAction(returnId: string, itemKey: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const { user, stored } = await authoriseReturn(returnId, "return.assign", `/returns/${returnId}`, { answers: { itemKey } });
  const item = await findReturnItem(db(), stored.catalogueVersionId, itemKey);
  if (!item) notFound();
  const parsed = assigneesSchema.safeParse(formData.getAll("assignees"));
  const refuse = () => invalidForm([{ field: "assignees", message: copy.returns.assign.notEligible }], {});
  if (!parsed.success) return refuse();
  try {
    await assignItem(db(), { returnId: stored.id, itemKey, userIds: parsed.data }, user);
  } catch (error) {
    if (error instanceof ValidationError) return refuse();
    if (error instanceof ReturnStateError) return invalidForm([{ field: "assignees", message: copy.returns.item.notDraft }], {});
    if (error instanceof ForbiddenError || error instanceof NotFoundError) notFound();
    throw error;
  }
  revalidatePath(`/returns/${stored.id}`);
  redirect(`${ambitionHref(stored.id, item.ambition)}?assigned=${encodeURIComponent(itemKey)}#item-${itemKey}`);
}
