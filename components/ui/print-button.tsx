"use client";
// Printing is the browser's own; this only puts the command where a board paper's reader looks.
// Hidden when printed, and absent without JavaScript (the browser's menu still prints).
import { useSyncExternalStore } from "react";

const subscribe = () => () => {};

export function PrintButton({ label }: { label: string }) {
  // False on the server and during hydration, true once running in the browser.
  const inBrowser = useSyncExternalStore(subscribe, () => true, () => false);
  if (!inBrowser) return null;
  return (
    <button type="button" className="nhsuk-button nhsuk-button--secondary app-no-print" onClick={() => window.print()}>
      {label}
    </button>
  );
}
