"use server";
// The organisation forms' server actions. Each: signed in → the organisation named by the
// form → authorise on it (a refusal is audited and answers 404) → parse → lib → revalidate.
// The organisation id is bound into the form, so it can be forged like any other field:
// authorising on the stored organisation is what makes that harmless.
import { notFound, redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { authorise } from "@/lib/auth/authorise";
import { requireUser } from "@/lib/auth/current-user";
import { copy } from "@/lib/copy/en";
import { db } from "@/lib/db/prisma";
import { ConflictError, ForbiddenError, NotFoundError } from "@/lib/errors";
import { collectFieldErrors } from "@/lib/forms/collect-field-errors";
import { invalidForm, type FormState } from "@/lib/forms/form-state";
import { readFormValues } from "@/lib/forms/read-form-values";
import { createOrganisation, type NewOrganisation } from "@/lib/organisations/create-organisation";
import { getOrganisation } from "@/lib/organisations/get-organisation";
import { renameOrganisation } from "@/lib/organisations/rename-organisation";
import { toOrgRef } from "@/lib/organisations/to-org-ref";
import type { ProviderType } from "@/lib/generated/prisma/client";
import { addIcbSchema, addLocalSchema, renameSchema } from "./schemas";

const LIST = "/admin/organisations";

/** The stored organisation the form is about, once the user may manage it; otherwise 404. */
async function authoriseManage(organisationId: unknown) {
  // Signed in first, so an anonymous caller cannot tell existing ids from made-up ones.
  await requireUser(LIST);
  const organisation = typeof organisationId === "string" ? await getOrganisation(db(), organisationId) : null;
  if (!organisation) notFound();
  const user = await authorise("organisation.manage", { type: "organisation", organisation: toOrgRef(organisation) }, LIST);
  return { user, organisation };
}

/** Domain refusals a form can explain; anything else is not the user's to fix. */
function explain(error: unknown, values: Record<string, string>, name: string): FormState {
  if (error instanceof ConflictError && error.reason === "organisation.duplicateName") {
    return invalidForm([{ field: "name", message: copy.organisations.errors.duplicateName(name) }], values);
  }
  // The policy re-check in lib, or the organisation vanished meanwhile: as authorise() would answer.
  if (error instanceof ForbiddenError || error instanceof NotFoundError) notFound();
  throw error;
}

export async function renameOrganisationAction(organisationId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const { user, organisation } = await authoriseManage(organisationId);
  const values = readFormValues(formData);
  const parsed = renameSchema.safeParse({ name: formData.get("name") ?? undefined });
  if (!parsed.success) return invalidForm(collectFieldErrors(parsed.error), values);
  try {
    await renameOrganisation(db(), { organisationId: organisation.id, name: parsed.data.name }, user);
  } catch (error) {
    return explain(error, values, parsed.data.name);
  }
  revalidatePath(LIST);
  redirect(`${LIST}?renamed=${organisation.id}#organisation-${organisation.id}`);
}

export async function addOrganisationAction(parentId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const { user, organisation: parent } = await authoriseManage(parentId);
  const values = readFormValues(formData);
  let input: NewOrganisation;
  if (parent.kind === "region") {
    const parsed = addIcbSchema.safeParse({ name: formData.get("name") ?? undefined });
    if (!parsed.success) return invalidForm(collectFieldErrors(parsed.error), values);
    input = { kind: "icb", parentId: parent.id, name: parsed.data.name };
  } else if (parent.kind === "icb") {
    const parsed = addLocalSchema.safeParse({ name: formData.get("name") ?? undefined, type: formData.get("type") ?? undefined });
    if (!parsed.success) return invalidForm(collectFieldErrors(parsed.error), values);
    const { name, type } = parsed.data;
    input =
      type === "place"
        ? { kind: "place", parentId: parent.id, name }
        : { kind: "provider", parentId: parent.id, name, providerType: type.slice("provider:".length) as ProviderType };
  } else {
    // Places and providers have nothing under them.
    notFound();
  }
  let created: { id: string };
  try {
    created = await createOrganisation(db(), input, user);
  } catch (error) {
    return explain(error, values, input.name);
  }
  revalidatePath(LIST);
  redirect(`${LIST}?added=${created.id}#organisation-${created.id}`);
}
