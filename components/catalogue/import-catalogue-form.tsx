"use client";
import { useActionState, type ReactNode } from "react";
import { FileField } from "@/components/forms/file-field";
import { formErrors } from "@/components/forms/form-errors";
import { FormShell } from "@/components/forms/form-shell";
import { copy } from "@/lib/copy/en";
import { IDLE, type FormState } from "@/lib/forms/form-state";

type Props = {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  /** The section heading and text before the form: the error summary goes above it. */
  children: ReactNode;
};

export function ImportCatalogueForm({ action, children }: Props) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  const form = formErrors(state);
  const t = copy.catalogueVersions;
  return (
    <FormShell form={form} action={formAction} pending={pending} submitLabel={t.uploadButton} intro={children}>
      <FileField name="file" label={t.fileLabel} hint={t.fileHint} error={form.errorFor("file")} input={{ accept: ".json,application/json" }} />
    </FormShell>
  );
}
