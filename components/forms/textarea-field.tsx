import type { ReactNode } from "react";
import { describedBy, LabelledField } from "./field-frame";
import { fieldId } from "./field-id";

type Props = {
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  defaultValue?: string;
  rows?: number;
};

/** A labelled textarea with optional hint and inline error, in design system markup. */
export function TextareaField({ name, label, hint, error, defaultValue, rows = 6 }: Props) {
  const id = fieldId(name);
  return (
    <LabelledField id={id} label={label} hint={hint} error={error}>
      <textarea
        className={`nhsuk-textarea${error ? " nhsuk-textarea--error" : ""}`}
        id={id}
        name={name}
        rows={rows}
        defaultValue={defaultValue}
        aria-describedby={describedBy(id, hint, error)}
        aria-invalid={error ? true : undefined}
      />
    </LabelledField>
  );
}
