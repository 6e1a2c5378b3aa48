import type { InputHTMLAttributes, ReactNode } from "react";
import { ErrorMessage } from "./error-message";
import { fieldId } from "./field-id";

type Props = {
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  defaultValue?: string;
  /** Extra input attributes: type, autoComplete, spellCheck, width classes and so on. */
  input?: Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "name" | "defaultValue" | "aria-describedby">;
};

/** A labelled text input with optional hint and inline error, in design system markup. */
export function TextField({ name, label, hint, error, defaultValue, input }: Props) {
  const id = fieldId(name);
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className={`nhsuk-form-group${error ? " nhsuk-form-group--error" : ""}`}>
      <label className="nhsuk-label" htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <div className="nhsuk-hint" id={`${id}-hint`}>
          {hint}
        </div>
      ) : null}
      {error ? <ErrorMessage id={`${id}-error`} message={error} /> : null}
      <input
        type="text"
        {...input}
        className={`nhsuk-input${error ? " nhsuk-input--error" : ""}${input?.className ? ` ${input.className}` : ""}`}
        id={id}
        name={name}
        defaultValue={defaultValue}
        aria-describedby={describedBy}
        aria-invalid={error ? true : undefined}
      />
    </div>
  );
}
