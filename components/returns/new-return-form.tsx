"use client";
import { useActionState, type ReactNode } from "react";
import { formErrors } from "@/components/forms/form-errors";
import { FormShell } from "@/components/forms/form-shell";
import { SelectField, type SelectGroup, type SelectOption } from "@/components/forms/select-field";
import { TextField } from "@/components/forms/text-field";
import { copy } from "@/lib/copy/en";
import { IDLE, type FormState } from "@/lib/forms/form-state";

type Props = {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  organisations: readonly (SelectOption | SelectGroup)[];
  /** The organisation picked when there is only one sensible choice. */
  defaultOrganisationId?: string;
  children: ReactNode;
};

export function NewReturnForm({ action, organisations, defaultOrganisationId, children }: Props) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  const form = formErrors(state);
  const { values, errorFor } = form;
  const t = copy.returns;
  return (
    <FormShell form={form} action={formAction} pending={pending} submitLabel={t.createButton} intro={children}>
      <SelectField
        name="organisationId"
        label={t.organisationLabel}
        hint={t.organisationHint}
        error={errorFor("organisationId")}
        defaultValue={values?.organisationId ?? defaultOrganisationId ?? ""}
        placeholder={t.organisationPlaceholder}
        options={organisations}
      />
      <TextField name="title" label={t.titleLabel} hint={t.titleHint} error={errorFor("title")} defaultValue={values?.title ?? ""} input={{ autoComplete: "off" }} />
    </FormShell>
  );
}
