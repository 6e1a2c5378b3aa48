"use client";
// The design system's error summary. It takes focus when it appears, as the design system's
// own script would, so keyboard and screen reader users land on the list of problems, and the
// page title starts "Error:", which is the first thing a screen reader announces.
import { useEffect, useRef, type MouseEvent } from "react";
import type { FieldError } from "@/lib/forms/form-state";
import { copy } from "@/lib/copy/en";
import { fieldId } from "./field-id";

export function ErrorSummary({ errors }: { errors: readonly FieldError[] }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (errors.length === 0) return;
    ref.current?.focus();
    const prefix = copy.forms.errorPrefix;
    if (!document.title.startsWith(prefix)) document.title = `${prefix}${document.title}`;
    return () => {
      // Take off only our prefix: when the errors go because the form succeeded and the app
      // moved to another page, that page has set its own title, which must stay.
      if (document.title.startsWith(prefix)) document.title = document.title.slice(prefix.length);
    };
  }, [errors]);
  if (errors.length === 0) return null;

  // Following a link to an input only scrolls in some browsers; the pattern moves focus to it.
  function focusField(event: MouseEvent<HTMLAnchorElement>, field: string) {
    const input = document.getElementById(fieldId(field));
    if (!input) return;
    event.preventDefault();
    input.focus();
    input.closest(".nhsuk-form-group")?.scrollIntoView();
  }

  return (
    <div className="nhsuk-error-summary" aria-labelledby="error-summary-title" tabIndex={-1} ref={ref}>
      <div role="alert">
        <h2 className="nhsuk-error-summary__heading" id="error-summary-title">
          {copy.forms.errorSummaryTitle}
        </h2>
        <div className="nhsuk-error-summary__body">
          <ul className="nhsuk-list nhsuk-error-summary__list">
            {/* One field can have several problems (each problem in an uploaded file, say). */}
            {errors.map((error, index) => (
              <li key={`${index}-${error.field}`}>
                <a href={`#${fieldId(error.field)}`} onClick={(event) => focusField(event, error.field)}>
                  {error.message}
                </a>
              </li>
            ))}
          </ul>
        </div>
      </div>
    </div>
  );
}
