"use client";
import { useActionState, type ReactNode } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import { formErrors } from "@/components/forms/form-errors";
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
  const { key, errors, values, errorFor } = formErrors(state);
  return (
    <>
      <ErrorSummary errors={errors} />
      {children}
      <form key={key} action={formAction} noValidate>
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
        <button className="nhsuk-button" type="submit" disabled={pending}>
          {text.createButton}
        </button>
      </form>
    </>
  );
}
