"use client";
// The design system's error summary. It takes focus when it appears, as the design system's
// own script would, so keyboard and screen reader users land on the list of problems, and the
// page title starts "Error:", which is the first thing a screen reader announces.
import { useEffect, useRef } from "react";
import type { FieldError } from "@/lib/forms/form-state";
import { copy } from "@/lib/copy/en";
import { fieldId } from "./field-id";

export function ErrorSummary({ errors }: { errors: readonly FieldError[] }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (errors.length === 0) return;
    ref.current?.focus();
    const title = document.title;
    if (!title.startsWith(copy.forms.errorPrefix)) document.title = `${copy.forms.errorPrefix}${title}`;
    return () => {
      document.title = title;
    };
  }, [errors]);
  if (errors.length === 0) return null;
  return (
    <div className="nhsuk-error-summary" aria-labelledby="error-summary-title" tabIndex={-1} ref={ref}>
      <div role="alert">
        <h2 className="nhsuk-error-summary__heading" id="error-summary-title">
          {copy.forms.errorSummaryTitle}
        </h2>
        <div className="nhsuk-error-summary__body">
          <ul className="nhsuk-list nhsuk-error-summary__list">
            {errors.map((error) => (
              <li key={error.field}>
                <a href={`#${fieldId(error.field)}`}>{error.message}</a>
              </li>
            ))}
          </ul>
        </div>
      </div>
    </div>
  );
}
