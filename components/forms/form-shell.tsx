import type { ReactNode } from "react";
import { ErrorSummary } from "./error-summary";
import type { formErrors } from "./form-errors";

type Props = {
  /** The last submission's errors and key (see formErrors). */
  form: ReturnType<typeof formErrors>;
  action: (formData: FormData) => void;
  pending: boolean;
  submitLabel: string;
  /** A second submit button after the main one (a named button, such as "Save and go to the next item"). */
  secondary?: ReactNode;
  /** The page heading and anything before the form: the error summary goes above it. */
  intro: ReactNode;
  children: ReactNode;
};

/** Every form's frame: error summary first, then the heading, then the fields and the button. */
export function FormShell({ form, action, pending, submitLabel, secondary, intro, children }: Props) {
  const submit = (
    <button className="nhsuk-button" type="submit" disabled={pending}>
      {submitLabel}
    </button>
  );
  return (
    <>
      <ErrorSummary errors={form.errors} />
      {intro}
      {/* A new key per submission resets the fields to what was typed (see invalidForm). */}
      <form key={form.key} action={action} noValidate>
        {children}
        {secondary ? (
          <div className="nhsuk-button-group">
            {submit}
            {secondary}
          </div>
        ) : (
          submit
        )}
      </form>
    </>
  );
}
