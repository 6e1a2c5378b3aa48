"use client";
// The email and password form, with the design system's error summary and inline errors
// (components/forms), like every other form.
import { useActionState } from "react";
import { signInAction, type SignInFormState } from "@/app/sign-in/actions";
import { copy } from "@/lib/copy/en";
import type { SignInFormField } from "@/lib/auth/sign-in-form-schema";
import { ErrorSummary } from "@/components/forms/error-summary";
import { TextField } from "@/components/forms/text-field";
import { EntraSignIn } from "./entra-sign-in";

type Props = {
  callbackUrl: string;
  /** An error that arrived in the URL (from single sign-on or next-auth), already turned into copy. */
  initialError: string | null;
  notice: string | null;
  entraEnabled: boolean;
};

export function SignInForm({ callbackUrl, initialError, notice, entraEnabled }: Props) {
  const [state, formAction, pending] = useActionState<SignInFormState, FormData>(signInAction, {
    email: "",
    errors: initialError ? [{ field: "email", message: initialError }] : [],
  });
  const errorFor = (field: SignInFormField) => state.errors.find((error) => error.field === field)?.message;

  return (
    <>
      <ErrorSummary errors={state.errors} />

      <h1>{copy.auth.signInTitle}</h1>
      {notice && (
        <div className="nhsuk-inset-text">
          <span className="nhsuk-u-visually-hidden">Information: </span>
          <p>{notice}</p>
        </div>
      )}

      {entraEnabled && <EntraSignIn callbackUrl={callbackUrl} />}
      <p>{entraEnabled ? copy.auth.ssoOr : copy.auth.signInLede}</p>

      <form action={formAction} noValidate>
        <input type="hidden" name="callbackUrl" value={callbackUrl} />
        <TextField
          name="email"
          label={copy.auth.emailLabel}
          error={errorFor("email")}
          defaultValue={state.email}
          input={{ type: "email", autoComplete: "email", spellCheck: false }}
        />
        <TextField
          name="password"
          label={copy.auth.passwordLabel}
          error={errorFor("password")}
          input={{ type: "password", autoComplete: "current-password" }}
        />
        <button className="nhsuk-button" type="submit" disabled={pending} aria-disabled={pending}>
          {copy.auth.signInButton}
        </button>
      </form>
    </>
  );
}
