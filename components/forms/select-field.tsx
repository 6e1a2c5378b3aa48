import type { ReactNode } from "react";
import { describedBy, LabelledField } from "./field-frame";
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
  return (
    <LabelledField id={id} label={label} hint={hint} error={error}>
      <select
        className={`nhsuk-select app-select--full${error ? " nhsuk-select--error" : ""}`}
        id={id}
        name={name}
        defaultValue={defaultValue ?? ""}
        aria-describedby={describedBy(id, hint, error)}
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
    </LabelledField>
  );
}
