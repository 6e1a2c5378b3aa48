import { copy } from "@/lib/copy/en";

/** Marks a published return's figures as coming from an incomplete return, with how incomplete for screen readers. */
export function IncompleteTag({ notRated, items }: { notRated: number; items: number }) {
  if (notRated === 0) return null;
  const t = copy.completeness;
  return (
    <strong className="nhsuk-tag nhsuk-tag--yellow app-incomplete">
      {t.incompleteTag}
      <span className="nhsuk-u-visually-hidden">{t.incompleteHidden(notRated, items)}</span>
    </strong>
  );
}
