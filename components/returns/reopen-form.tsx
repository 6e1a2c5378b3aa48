"use client";
import { useActionState, type ReactNode } from "react";
import { formErrors } from "@/components/forms/form-errors";
import { FormShell } from "@/components/forms/form-shell";
import { TextareaField } from "@/components/forms/textarea-field";
import { copy } from "@/lib/copy/en";
import { IDLE, type FormState } from "@/lib/forms/form-state";
import { REOPEN_REASON_MAX } from "@/lib/returns/reopen-reason";

type Props = {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  children: ReactNode;
};

export function ReopenForm({ action, children }: Props) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  const form = formErrors(state);
  const t = copy.handIn;
  return (
    <FormShell form={form} action={formAction} pending={pending} submitLabel={t.reopenButton} intro={children}>
      <TextareaField name="reason" label={t.reasonLabel} hint={t.reasonHint} error={form.errorFor("reason")} defaultValue={form.values?.reason ?? ""} rows={5} maxLength={REOPEN_REASON_MAX} />
    </FormShell>
  );
}
