import type { ReactNode } from "react";
import { copy } from "@/lib/copy/en";
import { datePartNames } from "@/lib/forms/date-field";
import { describedBy, formGroupClass, HintAndError } from "./field-frame";
import { fieldId } from "./field-id";

type Props = {
  name: string;
  legend: ReactNode;
  hint?: ReactNode;
  error?: string;
  defaultValue: { day: string; month: string; year: string };
};

/**
 * The design system's date input: day, month and year boxes in one fieldset with one hint and
 * one error. The day box carries the field id, so the error summary's link lands on it.
 */
export function DateInputField({ name, legend, hint, error, defaultValue }: Props) {
  const id = fieldId(name);
  const names = datePartNames(name);
  const parts = [
    { key: "day", id, name: names.day, label: copy.returns.dateParts.day, width: 2, value: defaultValue.day },
    { key: "month", id: `${id}-month`, name: names.month, label: copy.returns.dateParts.month, width: 2, value: defaultValue.month },
    { key: "year", id: `${id}-year`, name: names.year, label: copy.returns.dateParts.year, width: 4, value: defaultValue.year },
  ];
  return (
    <div className={formGroupClass(error)}>
      <fieldset className="nhsuk-fieldset" role="group" aria-describedby={describedBy(id, hint, error)}>
        <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">{legend}</legend>
        <HintAndError id={id} hint={hint} error={error} />
        <div className="nhsuk-date-input">
          {parts.map((part) => (
            <div className="nhsuk-date-input__item" key={part.key}>
              <div className="nhsuk-form-group">
                <label className="nhsuk-label nhsuk-date-input__label" htmlFor={part.id}>
                  {part.label}
                </label>
                <input
                  className={`nhsuk-input nhsuk-date-input__input nhsuk-input--width-${part.width}${error ? " nhsuk-input--error" : ""}`}
                  id={part.id}
                  name={part.name}
                  type="text"
                  inputMode="numeric"
                  autoComplete="off"
                  maxLength={part.width}
                  defaultValue={part.value}
                />
              </div>
            </div>
          ))}
        </div>
      </fieldset>
    </div>
  );
}
