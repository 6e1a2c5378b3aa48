"use server";
// Assigning one item of a return. Authorise return.assign on the stored return (404 and
// audited otherwise) → parse → lib → revalidate → back to the ambition.
import { notFound, redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { db } from "@/lib/db/prisma";
import type { FormState } from "@/lib/forms/form-state";
import { authoriseReturn } from "@/lib/returns/authorise-return";
import { saveAssignment } from "../../save-assignment";
import { findReturnItem } from "@/lib/returns/find-return-item";
import { ambitionHref } from "@/lib/returns/item-href";

export async function assignItemAction(returnId: string, itemKey: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const { user, stored } = await authoriseReturn(returnId, "return.assign", `/returns/${returnId}`, { answers: { itemKey } });
  const item = await findReturnItem(db(), stored.catalogueVersionId, itemKey);
  if (!item) notFound();
  const refused = await saveAssignment(formData, { returnId: stored.id, itemKeys: [itemKey] }, user);
  if (refused) return refused;
  revalidatePath(`/returns/${stored.id}`);
  redirect(`${ambitionHref(stored.id, item.ambition)}?assigned=${encodeURIComponent(itemKey)}#item-${itemKey}`);
}
