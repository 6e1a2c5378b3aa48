import type { InputHTMLAttributes, ReactNode } from "react";
import { describedBy, LabelledField } from "./field-frame";
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
  return (
    <LabelledField id={id} label={label} hint={hint} error={error}>
      <input
        type="text"
        {...input}
        className={`nhsuk-input${error ? " nhsuk-input--error" : ""}${input?.className ? ` ${input.className}` : ""}`}
        id={id}
        name={name}
        defaultValue={defaultValue}
        aria-describedby={describedBy(id, hint, error)}
        aria-invalid={error ? true : undefined}
      />
    </LabelledField>
  );
}
