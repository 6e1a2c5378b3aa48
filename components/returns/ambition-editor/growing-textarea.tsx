"use client";
// A controlled textarea that grows with its text and shows the design system's character count
// (visible count, and a screen-reader copy that speaks once typing pauses), for the editor's
// evidence and gaps boxes.
import { useEffect, useLayoutEffect, useRef, useState, type ReactNode } from "react";
import { copy } from "@/lib/copy/en";

type Props = {
  id: string;
  label: ReactNode;
  value: string;
  maxLength: number;
  readOnly?: boolean;
  onChange: (value: string) => void;
  onBlur: () => void;
};

const ANNOUNCE_AFTER_MS = 1000;

function countOf(value: string): number {
  return value.replace(/\r\n?/g, "\n").length;
}

function countMessage(remaining: number): string {
  return remaining < 0 ? copy.input.charactersTooMany(-remaining) : copy.input.charactersRemaining(remaining);
}

export function GrowingTextarea({ id, label, value, maxLength, readOnly, onChange, onBlur }: Props) {
  const textarea = useRef<HTMLTextAreaElement>(null);
  const count = countOf(value);
  const [announced, setAnnounced] = useState(count);
  useEffect(() => {
    const timer = setTimeout(() => setAnnounced(count), ANNOUNCE_AFTER_MS);
    return () => clearTimeout(timer);
  }, [count]);
  // Grows (and shrinks) with its text, so nothing typed scrolls out of sight inside the box.
  useLayoutEffect(() => {
    const element = textarea.current;
    if (!element) return;
    element.style.height = "auto";
    element.style.height = `${element.scrollHeight + 2}px`;
  }, [value]);
  const remaining = maxLength - count;
  const over = remaining < 0;
  return (
    <div className="nhsuk-form-group nhsuk-character-count app-editor-item__text" data-nhsuk-character-count-init="">
      <label className="nhsuk-label" htmlFor={id}>
        {label}
      </label>
      <textarea
        ref={textarea}
        className={`nhsuk-textarea nhsuk-js-character-count app-growing-textarea${over ? " nhsuk-textarea--error" : ""}`}
        id={id}
        rows={2}
        maxLength={maxLength}
        value={value}
        readOnly={readOnly}
        onChange={(event) => onChange(event.currentTarget.value)}
        onBlur={onBlur}
        aria-describedby={`${id}-info`}
      />
      <div className="nhsuk-hint nhsuk-character-count__message nhsuk-u-visually-hidden" id={`${id}-info`}>
        {copy.input.characterLimit(maxLength)}
      </div>
      <div className={`${over ? "nhsuk-error-message" : "nhsuk-hint"} nhsuk-character-count__status`} aria-hidden="true">
        {countMessage(remaining)}
      </div>
      <div className="nhsuk-character-count__sr-status nhsuk-u-visually-hidden" aria-live="polite">
        {countMessage(maxLength - announced)}
      </div>
    </div>
  );
}
