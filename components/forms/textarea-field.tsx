"use client";
// A textarea that says how much it takes: the design system's character count. The server's
// limit is the textarea's maxlength, so a browser cannot send more than the form accepts, and
// without JavaScript the limit is still stated ("You can enter up to 10,000 characters"). With
// JavaScript the count replaces that sentence, as the design system's own script does: a
// visible count, and a screen-reader copy that speaks once typing pauses.
import { useEffect, useRef, useState, type ReactNode } from "react";
import { copy } from "@/lib/copy/en";
import { describedBy, formGroupClass, HintAndError } from "./field-frame";
import { fieldId } from "./field-id";

type Props = {
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  defaultValue?: string;
  rows?: number;
  /** The most characters the server accepts for this field (its schema's max). */
  maxLength: number;
};

/** Characters as maxlength and the server count them: UTF-16 code units, a line break as one. */
function countOf(value: string): number {
  return value.replace(/\r\n?/g, "\n").length;
}

function countMessage(remaining: number): string {
  return remaining < 0 ? copy.input.charactersTooMany(-remaining) : copy.input.charactersRemaining(remaining);
}

/** How long typing must pause before the screen-reader count is updated (and so announced). */
const ANNOUNCE_AFTER_MS = 1000;

/** A labelled textarea with optional hint, inline error and character count, in design system markup. */
export function TextareaField({ name, label, hint, error, defaultValue, rows = 6, maxLength }: Props) {
  const id = fieldId(name);
  const textarea = useRef<HTMLTextAreaElement>(null);
  const [count, setCount] = useState(() => countOf(defaultValue ?? ""));
  const [announced, setAnnounced] = useState(count);
  const [enhanced, setEnhanced] = useState(false);
  useEffect(() => {
    // The browser may have restored typed text (Back after a refused send): count what is there.
    const now = countOf(textarea.current?.value ?? "");
    setCount(now);
    setAnnounced(now);
    setEnhanced(true);
  }, []);
  useEffect(() => {
    const timer = setTimeout(() => setAnnounced(count), ANNOUNCE_AFTER_MS);
    return () => clearTimeout(timer);
  }, [count]);
  const remaining = maxLength - count;
  const over = remaining < 0;
  const infoId = `${id}-info`;
  return (
    // The stylesheet shows the count's messages only inside an initialised character count; the
    // layout marks every page as supported, so the attribute is there from the server on, and the
    // limit is stated even without JavaScript.
    <div className={`${formGroupClass(error)} nhsuk-character-count`} data-nhsuk-character-count-init="">
      <label className="nhsuk-label" htmlFor={id}>
        {label}
      </label>
      <HintAndError id={id} hint={hint} error={error} />
      <textarea
        ref={textarea}
        className={`nhsuk-textarea nhsuk-js-character-count${error || over ? " nhsuk-textarea--error" : ""}`}
        id={id}
        name={name}
        rows={rows}
        maxLength={maxLength}
        defaultValue={defaultValue}
        onInput={(event) => setCount(countOf(event.currentTarget.value))}
        aria-describedby={[infoId, describedBy(id, hint, error)].filter(Boolean).join(" ")}
        aria-invalid={error ? true : undefined}
      />
      <div className={`nhsuk-hint nhsuk-character-count__message${enhanced ? " nhsuk-u-visually-hidden" : ""}`} id={infoId}>
        {copy.input.characterLimit(maxLength)}
      </div>
      {enhanced ? (
        <>
          <div className={`${over ? "nhsuk-error-message" : "nhsuk-hint"} nhsuk-character-count__status`} aria-hidden="true">
            {countMessage(remaining)}
          </div>
          <div className="nhsuk-character-count__sr-status nhsuk-u-visually-hidden" aria-live="polite">
            {countMessage(maxLength - announced)}
          </div>
        </>
      ) : null}
    </div>
  );
}
