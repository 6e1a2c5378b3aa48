"use server";
// Assigning every item of a section at once. Authorise return.assign on the stored return (404
// and audited otherwise) → parse → lib (one transaction for all the items) → revalidate → back.
import { notFound, redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { getCatalogueVersion } from "@/lib/catalogue/get-catalogue-version";
import { db } from "@/lib/db/prisma";
import type { FormState } from "@/lib/forms/form-state";
import { authoriseReturn } from "@/lib/returns/authorise-return";
import { saveAssignment } from "../../../save-assignment";
import { findReturnSection } from "@/lib/returns/find-return-section";

export async function assignSectionAction(returnId: string, sectionNumber: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const { user, stored } = await authoriseReturn(returnId, "return.assign", `/returns/${returnId}`, { answers: "none" });
  const catalogue = await getCatalogueVersion(db(), stored.catalogueVersionId);
  const section = catalogue ? findReturnSection(catalogue, sectionNumber) : null;
  if (!section) notFound();
  const refused = await saveAssignment(formData, { returnId: stored.id, itemKeys: section.items.map((item) => item.key) }, user);
  if (refused) return refused;
  revalidatePath(`/returns/${stored.id}`);
  redirect(`/returns/${stored.id}/ambitions/${section.ambition}?${new URLSearchParams({ assignedSection: section.number })}#section-${section.number}`);
}
