import { copy } from "@/lib/copy/en";
import { formatDateTime } from "@/lib/format/format-date-time";
import type { ReturnedToDraft } from "@/lib/returns/list-returned-to-draft";

type Props = {
  notes: readonly ReturnedToDraft[];
  /** By organisation id: the title of the published return the page now uses instead, if any. */
  usedInstead: ReadonlyMap<string, string>;
};

/**
 * Published returns taken back to draft: when, by whom and why, and that the page now uses the
 * organisation's previous published return. Printed too: a board paper must say it.
 */
export function ReturnedToDraftNotes({ notes, usedInstead }: Props) {
  if (notes.length === 0) return null;
  const t = copy.handIn;
  return (
    <div className="nhsuk-warning-callout">
      <h2 className="nhsuk-warning-callout__label">
        <span role="text">
          <span className="nhsuk-u-visually-hidden">Important: </span>
          {t.returnedNoteHeading}
        </span>
      </h2>
      {notes.map((note) => (
        <div key={note.returnId}>
          <p className="app-answer-text">{t.returnedNote(formatDateTime(note.at), note.actorName, note.reason)}</p>
          <p>{t.usingPrevious(note.title, note.organisationName, usedInstead.get(note.organisationId) ?? null)}</p>
        </div>
      ))}
    </div>
  );
}
