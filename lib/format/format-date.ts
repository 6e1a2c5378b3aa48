const formatter = new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeZone: "UTC" });

/** A calendar date (stored at midnight UTC), e.g. "30 November 2026". */
export function formatDate(date: Date): string {
  return formatter.format(date);
}
