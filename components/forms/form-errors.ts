import type { FieldError, FormState } from "@/lib/forms/form-state";

/**
 * The errors and typed values of a form's last submission, a lookup of one field's error, and
 * the key for the form element (see invalidForm: a new one per submission).
 */
export function formErrors<Done>(state: FormState<Done>): {
  key: string;
  errors: readonly FieldError[];
  values: Readonly<Record<string, string>> | undefined;
  errorFor: (field: string) => string | undefined;
} {
  const errors = state.status === "invalid" ? state.errors : [];
  return {
    key: state.status === "invalid" ? state.submission : "initial",
    errors,
    values: state.status === "invalid" ? state.values : undefined,
    errorFor: (field) => errors.find((error) => error.field === field)?.message,
  };
}
