"use client";
import { useActionState, type ReactNode } from "react";
import { formErrors } from "@/components/forms/form-errors";
import { FormShell } from "@/components/forms/form-shell";
import { TextField } from "@/components/forms/text-field";
import { copy } from "@/lib/copy/en";
import { IDLE, type FormState } from "@/lib/forms/form-state";

type Props = {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  defaultTitle: string;
  /** The page heading and anything before the form: the error summary goes above it. */
  children: ReactNode;
};

export function RefreshReturnForm({ action, defaultTitle, children }: Props) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  const form = formErrors(state);
  const t = copy.returns.refresh;
  return (
    <FormShell form={form} action={formAction} pending={pending} submitLabel={t.button} intro={children}>
      <TextField
        name="title"
        label={t.titleLabel}
        hint={copy.returns.titleHint}
        error={form.errorFor("title")}
        defaultValue={form.values?.title ?? defaultTitle}
        input={{ autoComplete: "off" }}
      />
    </FormShell>
  );
}
