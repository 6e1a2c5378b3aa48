"use client";
import { useActionState, type ReactNode } from "react";
import { formErrors } from "@/components/forms/form-errors";
import { FormShell } from "@/components/forms/form-shell";
import { TextField } from "@/components/forms/text-field";
import { copy } from "@/lib/copy/en";
import { IDLE, type FormState } from "@/lib/forms/form-state";

const text = copy.invitations.accept;

type Props = {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  email: string;
  passwordMinLength: number;
  children: ReactNode;
};

/** A new user's name and password. Passwords are never sent back: after an error they are typed again. */
export function AcceptInvitationForm({ action, email, passwordMinLength, children }: Props) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  const form = formErrors(state);
  const { values, errorFor } = form;
  return (
    <FormShell form={form} action={formAction} pending={pending} submitLabel={text.createButton} intro={children}>
      {/* For password managers: the account the new password belongs to. */}
      <input type="hidden" name="username" autoComplete="username" value={email} readOnly />
      <TextField
        name="name"
        label={text.nameLabel}
        hint={text.nameHint}
        error={errorFor("name")}
        defaultValue={values?.name ?? ""}
        input={{ autoComplete: "name", spellCheck: false }}
      />
      <TextField
        name="password"
        label={text.passwordLabel}
        hint={text.passwordHint(passwordMinLength)}
        error={errorFor("password")}
        input={{ type: "password", autoComplete: "new-password", spellCheck: false, autoCapitalize: "none" }}
      />
      <TextField
        name="confirmPassword"
        label={text.confirmLabel}
        error={errorFor("confirmPassword")}
        input={{ type: "password", autoComplete: "new-password", spellCheck: false, autoCapitalize: "none" }}
      />
    </FormShell>
  );
}
