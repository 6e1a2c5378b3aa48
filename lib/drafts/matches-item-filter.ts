/** The ambition page's filters (?filter=...): every item, not yet rated, assigned to me, changed since I last looked. */
export const ITEM_FILTERS = ["all", "unrated", "assigned", "changed"] as const;
export type ItemFilter = (typeof ITEM_FILTERS)[number];

type ItemFacts = {
  answer: { level: number | null } | undefined;
  assigneeIds: readonly string[];
  userId: string;
  /** Saved by someone else since the person last looked at the return. */
  changed: boolean;
};

/** Whether an item is shown under `filter`. Not rated means no level (level 0 is a rating). */
export function matchesItemFilter(filter: ItemFilter, item: ItemFacts): boolean {
  switch (filter) {
    case "all":
      return true;
    case "unrated":
      return item.answer?.level === null || item.answer?.level === undefined;
    case "assigned":
      return item.assigneeIds.includes(item.userId);
    case "changed":
      return item.changed;
  }
}
