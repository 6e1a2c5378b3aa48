"use client";
import { useActionState, type ReactNode } from "react";
import { formErrors } from "@/components/forms/form-errors";
import { FormShell } from "@/components/forms/form-shell";
import { TextField } from "@/components/forms/text-field";
import { copy } from "@/lib/copy/en";
import { IDLE, type FormState } from "@/lib/forms/form-state";

type Props = {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  currentName: string;
  /** The page heading and anything before the form: the error summary goes above it. */
  children: ReactNode;
};

export function RenameOrganisationForm({ action, currentName, children }: Props) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  const form = formErrors(state);
  const { values, errorFor } = form;
  return (
    <FormShell form={form} action={formAction} pending={pending} submitLabel={copy.organisations.rename.button} intro={children}>
      <TextField
        name="name"
        label={copy.organisations.rename.nameLabel}
        hint={copy.organisations.rename.nameHint}
        error={errorFor("name")}
        defaultValue={values?.name ?? currentName}
        input={{ autoComplete: "off", spellCheck: false }}
      />
    </FormShell>
  );
}
