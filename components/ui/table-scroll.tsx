import type { ReactNode } from "react";

/**
 * A wide table that scrolls sideways on small screens instead of overflowing the page. The
 * region is focusable so keyboard users can scroll it too, and named for screen readers.
 */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="app-table-scroll" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
