const formatter = new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeStyle: "short", timeZone: "Europe/London" });

/** A moment as people in England read it, e.g. "29 November 2026 at 14:05", in UK time whatever the server's zone. */
export function formatDateTime(date: Date): string {
  return formatter.format(date);
}
