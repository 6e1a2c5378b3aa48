"use client";
import { useActionState, type ReactNode } from "react";
import { CheckboxesField } from "@/components/forms/checkboxes-field";
import { formErrors } from "@/components/forms/form-errors";
import { FormShell } from "@/components/forms/form-shell";
import { IDLE, type FormState } from "@/lib/forms/form-state";

type Props = {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  legend: string;
  declaration: string;
  submitLabel: string;
  /** Everything the declaration is about (the check, the summary): the error summary goes above it. */
  children: ReactNode;
};

/** A page that ends in one declaration to tick and a button (submit, sign off). */
export function DeclarationForm({ action, legend, declaration, submitLabel, children }: Props) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  const form = formErrors(state);
  return (
    <FormShell form={form} action={formAction} pending={pending} submitLabel={submitLabel} intro={children}>
      <CheckboxesField
        name="declaration"
        legend={legend}
        error={form.errorFor("declaration")}
        checked={form.values?.declaration ? [form.values.declaration] : []}
        options={[{ value: "confirmed", label: declaration }]}
      />
    </FormShell>
  );
}
