// When two catalogue versions ask the same question: the same number (an unnumbered item, such
// as a 4.1.2 service, by its id, which carries its stem's number) and the same wording, its
// stem's wording included (1.1.1 "Children and Young People" means nothing without its stem).
// Runs of white space are not a change of wording. Comparison, the regional item matrix and a
// refresh's copying all use this one rule.

export type Question = {
  readonly id: string;
  readonly number: string | null;
  readonly text: string;
  readonly stemText: string | null;
};

/** Equal for two items exactly when they ask the same question. */
export function questionKey(item: Question): string {
  const wording = (item.stemText === null ? item.text : `${item.stemText} ${item.text}`).trim().replace(/\s+/g, " ");
  return `${item.number ?? item.id}\u0000${wording}`;
}
