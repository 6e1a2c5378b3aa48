"use client";
// "Use the proposed level": ticks that level's radio in the item's form (and says so to the
// change listeners, such as the reason field). Shown only once JavaScript runs, since without it
// a button could not tick anything; the radios themselves always work.
import { useEffect, useState } from "react";

export function UseProposedLevelButton({ level, label }: { level: number; label: string }) {
  const [enhanced, setEnhanced] = useState(false);
  useEffect(() => setEnhanced(true), []);
  if (!enhanced) return null;
  return (
    <button
      type="button"
      className="nhsuk-button nhsuk-button--secondary nhsuk-u-margin-bottom-0"
      onClick={() => {
        const radio = document.querySelector<HTMLInputElement>(`input[type="radio"][name="level"][value="${level}"]`);
        if (!radio) return;
        radio.checked = true;
        radio.dispatchEvent(new Event("change", { bubbles: true }));
        radio.focus();
      }}
    >
      {label}
    </button>
  );
}
