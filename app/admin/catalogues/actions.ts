"use server";
// Adding a catalogue version from a file, and choosing the default. Authorise → parse → lib →
// revalidate → back to the list with what happened.
import { notFound, redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { authorise } from "@/lib/auth/authorise";
import { importCatalogueUpload } from "@/lib/catalogue/import-catalogue-upload";
import { setDefaultCatalogueVersion } from "@/lib/catalogue/set-default-catalogue-version";
import { copy } from "@/lib/copy/en";
import { db } from "@/lib/db/prisma";
import { CatalogueConflictError, CatalogueInvalidError, ForbiddenError, NotFoundError, UnreadableFileError } from "@/lib/errors";
import { collectFieldErrors } from "@/lib/forms/collect-field-errors";
import { invalidForm, type FieldError, type FormState } from "@/lib/forms/form-state";
import { uploadSchema } from "./schemas";

const LIST = "/admin/catalogues";
/** Enough to start fixing; the rest appear once these are fixed. */
const SHOWN_PROBLEMS = 25;

function problemsOf(error: CatalogueInvalidError): FieldError[] {
  const t = copy.catalogueVersions.errors;
  const shown = error.problems.slice(0, SHOWN_PROBLEMS).map((problem) => ({ field: "file", message: t.problem(error.source, problem.path, problem.message) }));
  const hidden = error.problems.length - shown.length;
  return hidden > 0 ? [...shown, { field: "file", message: t.moreProblems(hidden) }] : shown;
}

function revalidateCatalogues() {
  revalidatePath(LIST);
  revalidatePath("/catalogue");
  revalidatePath("/");
}

export async function importCatalogueAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await authorise("catalogue.manage", { type: "system" }, LIST);
  const parsed = uploadSchema.safeParse({ file: formData.get("file") ?? undefined });
  if (!parsed.success) return invalidForm(collectFieldErrors(parsed.error), {});
  const { file } = parsed.data;
  let outcome: Awaited<ReturnType<typeof importCatalogueUpload>>;
  try {
    outcome = await importCatalogueUpload(db(), { fileName: file.name, text: await file.text() }, user);
  } catch (error) {
    if (error instanceof CatalogueInvalidError) return invalidForm(problemsOf(error), {});
    if (error instanceof UnreadableFileError) return invalidForm([{ field: "file", message: error.message }], {});
    if (error instanceof CatalogueConflictError) {
      return invalidForm([{ field: "file", message: copy.catalogueVersions.errors.conflict(error.catalogueId) }], {});
    }
    if (error instanceof ForbiddenError) notFound();
    throw error;
  }
  revalidateCatalogues();
  redirect(`${LIST}?${new URLSearchParams({ done: outcome.result === "created" ? "imported" : "unchanged", version: outcome.catalogue.id })}`);
}

export async function setDefaultCatalogueAction(versionId: string): Promise<void> {
  const user = await authorise("catalogue.manage", { type: "system" }, LIST);
  try {
    await setDefaultCatalogueVersion(db(), String(versionId), user);
  } catch (error) {
    if (error instanceof ForbiddenError || error instanceof NotFoundError) notFound();
    throw error;
  }
  revalidateCatalogues();
  redirect(`${LIST}?${new URLSearchParams({ done: "default", version: String(versionId) })}`);
}
