const formatter = new Intl.DateTimeFormat("en-GB", { hour: "2-digit", minute: "2-digit", timeZone: "Europe/London" });

/** "14:02": the time of a save as people in England read it, for the item's save state. */
export function formatSavedTime(iso: string): string {
  return formatter.format(new Date(iso));
}
