import type { ReactNode } from "react";
import { describedBy, formGroupClass, HintAndError } from "./field-frame";
import { fieldId } from "./field-id";

type Props = {
  name: string;
  legend: ReactNode;
  hint?: ReactNode;
  error?: string;
  defaultValue?: string;
  options: readonly { value: string; label: string; hint?: string }[];
};

/** A fieldset of radios with optional hint and inline error. The first radio carries the field id. */
export function RadiosField({ name, legend, hint, error, defaultValue, options }: Props) {
  const id = fieldId(name);
  return (
    <div className={formGroupClass(error)}>
      <fieldset className="nhsuk-fieldset" aria-describedby={describedBy(id, hint, error)}>
        <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">{legend}</legend>
        <HintAndError id={id} hint={hint} error={error} />
        <div className="nhsuk-radios">
          {options.map((option, index) => {
            const optionId = index === 0 ? id : `${id}-${index + 1}`;
            return (
              <div className="nhsuk-radios__item" key={option.value}>
                <input
                  className="nhsuk-radios__input"
                  id={optionId}
                  name={name}
                  type="radio"
                  value={option.value}
                  defaultChecked={defaultValue === option.value}
                  aria-describedby={option.hint ? `${optionId}-hint` : undefined}
                />
                <label className="nhsuk-label nhsuk-radios__label" htmlFor={optionId}>
                  {option.label}
                </label>
                {option.hint ? (
                  <div className="nhsuk-hint nhsuk-radios__hint" id={`${optionId}-hint`}>
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
