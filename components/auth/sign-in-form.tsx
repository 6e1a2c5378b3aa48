"use client";
// The email and password form, with the design system's error summary and inline errors. The
// summary takes focus when errors appear so screen readers announce them, and each of its links
// moves focus to the field it names.
import classNames from "classnames";
import { useActionState, useEffect, useRef, type MouseEvent } from "react";
import { signInAction, type SignInFormState } from "@/app/sign-in/actions";
import { copy } from "@/lib/copy/en";
import type { SignInFormField } from "@/lib/auth/sign-in-form-schema";
import { EntraSignIn } from "./entra-sign-in";

type Props = {
  callbackUrl: string;
  /** An error that arrived in the URL (from single sign-on or next-auth), already turned into copy. */
  initialError: string | null;
  notice: string | null;
  entraEnabled: boolean;
};

const FIELD_IDS: Record<SignInFormField, string> = { email: "email", password: "password" };

export function SignInForm({ callbackUrl, initialError, notice, entraEnabled }: Props) {
  const [state, formAction, pending] = useActionState<SignInFormState, FormData>(signInAction, {
    email: "",
    errors: initialError ? [{ field: "email", message: initialError }] : [],
  });
  const summary = useRef<HTMLDivElement>(null);
  const errorFor = (field: SignInFormField) => state.errors.find((error) => error.field === field)?.message;

  useEffect(() => {
    if (state.errors.length === 0) return;
    summary.current?.focus();
    // The design system's pattern: the page title says there is an error too.
    if (!document.title.startsWith("Error: ")) document.title = `Error: ${document.title}`;
  }, [state]);

  function focusField(event: MouseEvent<HTMLAnchorElement>, field: SignInFormField) {
    const input = document.getElementById(FIELD_IDS[field]);
    if (!input) return;
    event.preventDefault();
    input.focus();
    input.closest(".nhsuk-form-group")?.scrollIntoView();
  }

  const emailError = errorFor("email");
  const passwordError = errorFor("password");

  return (
    <>
      {state.errors.length > 0 && (
        <div className="nhsuk-error-summary" ref={summary} tabIndex={-1} aria-labelledby="error-summary-title">
          <div role="alert">
            <h2 className="nhsuk-error-summary__title" id="error-summary-title">
              {copy.auth.errorSummaryTitle}
            </h2>
            <div className="nhsuk-error-summary__body">
              <ul className="nhsuk-list nhsuk-error-summary__list">
                {state.errors.map((error) => (
                  <li key={error.field}>
                    <a href={`#${FIELD_IDS[error.field]}`} onClick={(event) => focusField(event, error.field)}>
                      {error.message}
                    </a>
                  </li>
                ))}
              </ul>
            </div>
          </div>
        </div>
      )}

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
        <div className={classNames("nhsuk-form-group", { "nhsuk-form-group--error": emailError })}>
          <label className="nhsuk-label" htmlFor="email">
            {copy.auth.emailLabel}
          </label>
          {emailError && (
            <span className="nhsuk-error-message" id="email-error">
              <span className="nhsuk-u-visually-hidden">Error:</span> {emailError}
            </span>
          )}
          <input
            className={classNames("nhsuk-input", { "nhsuk-input--error": emailError })}
            id="email"
            name="email"
            type="email"
            autoComplete="email"
            spellCheck={false}
            defaultValue={state.email}
            aria-describedby={emailError ? "email-error" : undefined}
          />
        </div>
        <div className={classNames("nhsuk-form-group", { "nhsuk-form-group--error": passwordError })}>
          <label className="nhsuk-label" htmlFor="password">
            {copy.auth.passwordLabel}
          </label>
          {passwordError && (
            <span className="nhsuk-error-message" id="password-error">
              <span className="nhsuk-u-visually-hidden">Error:</span> {passwordError}
            </span>
          )}
          <input
            className={classNames("nhsuk-input", { "nhsuk-input--error": passwordError })}
            id="password"
            name="password"
            type="password"
            autoComplete="current-password"
            aria-describedby={passwordError ? "password-error" : undefined}
          />
        </div>
        <button className="nhsuk-button" type="submit" disabled={pending} aria-disabled={pending}>
          {copy.auth.signInButton}
        </button>
      </form>
    </>
  );
}
