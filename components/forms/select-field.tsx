import type { ReactNode } from "react";
import { ErrorMessage } from "./error-message";
import { fieldId } from "./field-id";

export interface SelectOption {
  readonly value: string;
  readonly label: string;
}

export interface SelectGroup {
  readonly label: string;
  readonly options: readonly SelectOption[];
}

type Props = {
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  defaultValue?: string;
  /** Shown first with an empty value, so nothing is chosen by accident. */
  placeholder?: string;
  options: readonly (SelectOption | SelectGroup)[];
};

/** A labelled select with optional hint and inline error; options may be grouped. */
export function SelectField({ name, label, hint, error, defaultValue, placeholder, options }: Props) {
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
      <select
        className={`nhsuk-select app-select--full${error ? " nhsuk-select--error" : ""}`}
        id={id}
        name={name}
        defaultValue={defaultValue ?? ""}
        aria-describedby={describedBy}
        aria-invalid={error ? true : undefined}
      >
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map((option) =>
          "options" in option ? (
            <optgroup key={option.label} label={option.label}>
              {option.options.map((child) => (
                <option key={child.value} value={child.value}>
                  {child.label}
                </option>
              ))}
            </optgroup>
          ) : (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ),
        )}
      </select>
    </div>
  );
}
