// The ambition page's filters as links (they work without JavaScript and can be bookmarked),
// the current one marked for screen readers with aria-current.
import Link from "next/link";
import { editorCopy } from "@/lib/copy/ambition-editor";
import { ITEM_FILTERS, type ItemFilter } from "@/lib/drafts/matches-item-filter";

type Props = {
  base: string;
  current: ItemFilter;
  shown: number;
  total: number;
  /** The moment "changed since I last looked" counts from, kept on its link so it holds while the page is used. */
  changedSince?: string;
};

export function FilterLinks({ base, current, shown, total, changedSince }: Props) {
  const t = editorCopy;
  return (
    <nav className="app-item-filters app-no-print" aria-label={t.filtersLabel}>
      <p className="nhsuk-body-s nhsuk-u-margin-bottom-1">{t.filtersLabel}:</p>
      <ul className="app-item-filters__list" role="list">
        {ITEM_FILTERS.map((filter) => {
          const query = new URLSearchParams({
            ...(filter === "all" ? {} : { filter }),
            ...(filter === "changed" && changedSince ? { since: changedSince } : {}),
          });
          const href = query.size > 0 ? `${base}?${query}` : base;
          return (
            <li key={filter}>
              {filter === current ? (
                <Link href={href} aria-current="page" className="app-item-filters__current">
                  {t.filters[filter]}
                </Link>
              ) : (
                <Link href={href}>{t.filters[filter]}</Link>
              )}
            </li>
          );
        })}
      </ul>
      {current !== "all" && <p className="nhsuk-body-s">{t.filterCount(shown, total)}</p>}
    </nav>
  );
}
