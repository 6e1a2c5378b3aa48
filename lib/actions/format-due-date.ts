/** A due date (UTC midnight) as YYYY-MM-DD: how the history keeps it. */
export function formatDueDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
