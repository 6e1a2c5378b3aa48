import type { ReactNode } from "react";
import { describedBy, formGroupClass, HintAndError } from "./field-frame";
import { fieldId } from "./field-id";

export type ChoicesFieldProps = {
  name: string;
  legend: ReactNode;
  hint?: ReactNode;
  error?: string;
  options: readonly { value: string; label: string; hint?: string }[];
};

/**
 * A fieldset of radios (one choice) or checkboxes (any number), with optional hint and inline
 * error, in design system markup. The first control carries the field id.
 */
export function ChoicesField({ type, name, legend, hint, error, checked, options }: ChoicesFieldProps & { type: "radio" | "checkbox"; checked: readonly string[] }) {
  const id = fieldId(name);
  const block = type === "radio" ? "nhsuk-radios" : "nhsuk-checkboxes";
  return (
    <div className={formGroupClass(error)}>
      <fieldset className="nhsuk-fieldset" aria-describedby={describedBy(id, hint, error)}>
        <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">{legend}</legend>
        <HintAndError id={id} hint={hint} error={error} />
        <div className={block}>
          {options.map((option, index) => {
            const optionId = index === 0 ? id : `${id}-${index + 1}`;
            return (
              <div className={`${block}__item`} key={option.value}>
                <input
                  className={`${block}__input`}
                  id={optionId}
                  name={name}
                  type={type}
                  value={option.value}
                  defaultChecked={checked.includes(option.value)}
                  aria-describedby={option.hint ? `${optionId}-hint` : undefined}
                />
                <label className={`nhsuk-label ${block}__label`} htmlFor={optionId}>
                  {option.label}
                </label>
                {option.hint ? (
                  <div className={`nhsuk-hint ${block}__hint`} id={`${optionId}-hint`}>
                    {option.hint}
                  </div>
                ) : null}
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}
