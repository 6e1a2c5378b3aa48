// What a form's server action hands back to the form: nothing yet, the field errors to show
// (with what was typed, so nothing is lost), or the result of success.

export interface FieldError {
  /** The form field's name; the input's id is derived from it (see components/forms). */
  readonly field: string;
  readonly message: string;
}

export type FormState<Done = never> =
  | { readonly status: "idle" }
  | {
      readonly status: "invalid";
      readonly errors: readonly FieldError[];
      readonly values: Readonly<Record<string, string>>;
      /** New for every submission: forms key on it to re-render their fields with `values`. */
      readonly submission: string;
    }
  | { readonly status: "done"; readonly result: Done };

export const IDLE: FormState = { status: "idle" };

/**
 * The answer for a form with problems. React resets a form after its action completes, which
 * would put selects and radios back to their first render; the form keys on `submission` so
 * it is rebuilt from `values` instead, and nothing typed is lost.
 */
export function invalidForm(errors: readonly FieldError[], values: Readonly<Record<string, string>>): Extract<FormState, { status: "invalid" }> {
  return { status: "invalid", errors, values, submission: crypto.randomUUID() };
}
