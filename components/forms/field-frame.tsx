import type { ReactNode } from "react";
import { ErrorMessage } from "./error-message";

/** The ids a field's control points at with aria-describedby: its hint and its error. */
export function describedBy(id: string, hint: ReactNode, error: string | undefined): string | undefined {
  return [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
}

export function formGroupClass(error: string | undefined): string {
  return `nhsuk-form-group${error ? " nhsuk-form-group--error" : ""}`;
}

/** Hint then inline error, in the order and with the ids the design system uses. */
export function HintAndError({ id, hint, error }: { id: string; hint?: ReactNode; error?: string }) {
  return (
    <>
      {hint ? (
        <div className="nhsuk-hint" id={`${id}-hint`}>
          {hint}
        </div>
      ) : null}
      {error ? <ErrorMessage id={`${id}-error`} message={error} /> : null}
    </>
  );
}

/** A labelled single control (input, select): label, hint, error, then the control. */
export function LabelledField({
  id,
  label,
  hint,
  error,
  children,
}: {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  children: ReactNode;
}) {
  return (
    <div className={formGroupClass(error)}>
      <label className="nhsuk-label" htmlFor={id}>
        {label}
      </label>
      <HintAndError id={id} hint={hint} error={error} />
      {children}
    </div>
  );
}
