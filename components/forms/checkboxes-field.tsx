import type { ReactNode } from "react";
import { describedBy, formGroupClass, HintAndError } from "./field-frame";
import { fieldId } from "./field-id";

type Props = {
  name: string;
  legend: ReactNode;
  hint?: ReactNode;
  error?: string;
  checked: readonly string[];
  options: readonly { value: string; label: string; hint?: string }[];
};

/** A fieldset of checkboxes with optional hint and inline error. The first box carries the field id. */
export function CheckboxesField({ name, legend, hint, error, checked, options }: Props) {
  const id = fieldId(name);
  return (
    <div className={formGroupClass(error)}>
      <fieldset className="nhsuk-fieldset" aria-describedby={describedBy(id, hint, error)}>
        <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">{legend}</legend>
        <HintAndError id={id} hint={hint} error={error} />
        <div className="nhsuk-checkboxes">
          {options.map((option, index) => {
            const optionId = index === 0 ? id : `${id}-${index + 1}`;
            return (
              <div className="nhsuk-checkboxes__item" key={option.value}>
                <input
                  className="nhsuk-checkboxes__input"
                  id={optionId}
                  name={name}
                  type="checkbox"
                  value={option.value}
                  defaultChecked={checked.includes(option.value)}
                  aria-describedby={option.hint ? `${optionId}-hint` : undefined}
                />
                <label className="nhsuk-label nhsuk-checkboxes__label" htmlFor={optionId}>
                  {option.label}
                </label>
                {option.hint ? (
                  <div className="nhsuk-hint nhsuk-checkboxes__hint" id={`${optionId}-hint`}>
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
