"use client";
// Both versions of an item side by side when a colleague saved it in between: theirs (who,
// when) and yours, with the three choices. Nothing is overwritten until one is made.
import { editorCopy } from "@/lib/copy/ambition-editor";
import type { AnswerFields } from "@/lib/drafts/answer-types";
import type { Theirs } from "@/lib/drafts/use-item-autosave";
import { formatDateTime } from "@/lib/format/format-date-time";

type Props = {
  itemLabel: string;
  theirs: Theirs;
  /** Absent while the person edits a combination: only theirs is shown, for reference. */
  mine?: AnswerFields;
  onKeepTheirs?: () => void;
  onKeepMine?: () => void;
  onCombine?: () => void;
};

function Version({ heading, answer }: { heading: string; answer: AnswerFields }) {
  const t = editorCopy;
  return (
    <div className="app-conflict__version">
      <p className="nhsuk-heading-xs">{heading}</p>
      <dl className="app-conflict__fields">
        <dt>{t.levelShort}</dt>
        <dd>{t.levelOf(answer.level)}</dd>
        <dt>{t.evidenceShort}</dt>
        <dd className="app-answer-text">{answer.evidence || t.nothingWritten}</dd>
        <dt>{t.gapsShort}</dt>
        <dd className="app-answer-text">{answer.gaps || t.nothingWritten}</dd>
      </dl>
    </div>
  );
}

export function ConflictPanel({ itemLabel, theirs, mine, onKeepTheirs, onKeepMine, onCombine }: Props) {
  const t = editorCopy;
  const theirsHeading = t.conflictTheirs(theirs.savedByName, formatDateTime(new Date(theirs.savedAt)));
  return (
    <div className="app-conflict nhsuk-warning-callout" role="group" aria-label={`${t.conflictHeading}: ${itemLabel}`}>
      <p className="nhsuk-warning-callout__label">{t.conflictHeading}</p>
      {!mine && <p>{t.conflictCombining}</p>}
      <div className="app-conflict__versions">
        <Version heading={theirsHeading} answer={theirs} />
        {mine && <Version heading={t.conflictYours} answer={mine} />}
      </div>
      {mine && (
        <div className="nhsuk-button-group">
          <button type="button" className="nhsuk-button nhsuk-button--secondary" onClick={onKeepTheirs}>
            {t.conflictKeepTheirs}
          </button>
          <button type="button" className="nhsuk-button nhsuk-button--secondary" onClick={onKeepMine}>
            {t.conflictKeepMine}
          </button>
          <button type="button" className="nhsuk-button nhsuk-button--secondary" onClick={onCombine}>
            {t.conflictCombine}
          </button>
        </div>
      )}
    </div>
  );
}
