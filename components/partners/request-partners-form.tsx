"use client";
import { useActionState, type ReactNode } from "react";
import { CheckboxesField } from "@/components/forms/checkboxes-field";
import { formErrors } from "@/components/forms/form-errors";
import { FormShell } from "@/components/forms/form-shell";
import { partnersCopy } from "@/lib/copy/partners";
import { IDLE, type FormState } from "@/lib/forms/form-state";

type Props = {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  /** Places and providers not asked yet. */
  options: readonly { value: string; label: string; hint?: string }[];
  children: ReactNode;
};

/** Choose which of the ICB's places and providers to ask; the table of progress is the intro. */
export function RequestPartnersForm({ action, options, children }: Props) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  const form = formErrors(state);
  const t = partnersCopy.page;
  return (
    <FormShell form={form} action={formAction} pending={pending} submitLabel={t.button} intro={children}>
      <CheckboxesField
        name="organisationIds"
        legend={t.chooseLegend}
        hint={t.chooseHint}
        error={form.errorFor("organisationIds")}
        // The only refusal is "none chosen", so nothing was ticked to keep.
        checked={[]}
        options={options}
      />
    </FormShell>
  );
}
