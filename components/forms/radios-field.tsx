import type { ReactNode } from "react";
import { ErrorMessage } from "./error-message";
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
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className={`nhsuk-form-group${error ? " nhsuk-form-group--error" : ""}`}>
      <fieldset className="nhsuk-fieldset" aria-describedby={describedBy}>
        <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">{legend}</legend>
        {hint ? (
          <div className="nhsuk-hint" id={`${id}-hint`}>
            {hint}
          </div>
        ) : null}
        {error ? <ErrorMessage id={`${id}-error`} message={error} /> : null}
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
