import type { InputHTMLAttributes, ReactNode } from "react";
import { describedBy, LabelledField } from "./field-frame";
import { fieldId } from "./field-id";

type Props = {
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  /** Extra input attributes: accept and so on. */
  input?: Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "name" | "type" | "aria-describedby">;
};

/** A labelled file input in the design system's markup (without its drop-zone script). */
export function FileField({ name, label, hint, error, input }: Props) {
  const id = fieldId(name);
  return (
    <LabelledField id={id} label={label} hint={hint} error={error}>
      <input
        {...input}
        type="file"
        className={`nhsuk-file-upload__input${error ? " nhsuk-file-upload__input--error" : ""}`}
        id={id}
        name={name}
        aria-describedby={describedBy(id, hint, error)}
        aria-invalid={error ? true : undefined}
      />
    </LabelledField>
  );
}
