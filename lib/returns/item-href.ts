/** Where one item of a return is edited. Keys such as "4.1.2/ambulance" become path segments. */
export function itemHref(returnId: string, itemKey: string): string {
  return `/returns/${returnId}/items/${itemKey.split("/").map(encodeURIComponent).join("/")}`;
}

/** The ambition page of a return, at one item's entry when `itemKey` is given. */
export function ambitionHref(returnId: string, ambition: number, itemKey?: string): string {
  return `/returns/${returnId}/ambitions/${ambition}${itemKey ? `#item-${itemKey}` : ""}`;
}

/** Where a programme manager assigns every item of one section of a return. */
export function sectionAssignHref(returnId: string, sectionNumber: string): string {
  return `/returns/${returnId}/sections/${encodeURIComponent(sectionNumber)}/assign`;
}

/** Where a programme manager assigns one item of a return. */
export function assignHref(returnId: string, itemKey: string): string {
  return `/returns/${returnId}/assign/${itemKey.split("/").map(encodeURIComponent).join("/")}`;
}

/**
 * The item key a catch-all route's segments spell: ["4.1.2", "ambulance"] → "4.1.2/ambulance".
 * A control character (%00 above all, which PostgreSQL refuses in text) becomes U+FFFD, which
 * no key holds: the key is then simply an item that does not exist, not a failed query.
 * (proxy.ts already answers 404 for such paths; this keeps the function safe on its own.)
 */
export function itemKeyFromSegments(segments: readonly string[]): string {
  return segments
    .map((segment) => {
      try {
        return decodeURIComponent(segment);
      } catch {
        // A malformed escape is simply an item that does not exist, not a server error.
        return segment;
      }
    })
    .join("/")
    .replace(/[\u0000-\u001F\u007F-\u009F]/g, "\uFFFD");
}
