"use server";
// Starting a return. Signed in → parse → the organisation the form names → authorise
// return.create on it (a refusal is audited and answers 404) → lib → revalidate.
import { notFound, redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { authorise } from "@/lib/auth/authorise";
import { requireUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db/prisma";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { collectFieldErrors } from "@/lib/forms/collect-field-errors";
import { invalidForm, type FormState } from "@/lib/forms/form-state";
import { readFormValues } from "@/lib/forms/read-form-values";
import { getOrganisation } from "@/lib/organisations/get-organisation";
import { toOrgRef } from "@/lib/organisations/to-org-ref";
import { createReturn } from "@/lib/returns/create-return";
import { newReturnSchema } from "./schema";

const PAGE = "/returns/new";

export async function createReturnAction(_previous: FormState, formData: FormData): Promise<FormState> {
  await requireUser(PAGE);
  const values = readFormValues(formData);
  const parsed = newReturnSchema.safeParse({ organisationId: formData.get("organisationId") || undefined, title: formData.get("title") ?? undefined });
  if (!parsed.success) return invalidForm(collectFieldErrors(parsed.error), values);
  const organisation = await getOrganisation(db(), parsed.data.organisationId);
  if (!organisation) notFound();
  const user = await authorise("return.create", { type: "organisation", organisation: toOrgRef(organisation) }, PAGE);
  let created: { id: string };
  try {
    created = await createReturn(db(), { organisationId: organisation.id, title: parsed.data.title }, user);
  } catch (error) {
    if (error instanceof ForbiddenError || error instanceof NotFoundError) notFound();
    throw error;
  }
  revalidatePath("/returns");
  redirect(`/returns/${created.id}`);
}
