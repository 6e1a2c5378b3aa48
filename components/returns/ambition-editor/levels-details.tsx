// Each level's descriptor, once per section, where the levels are chosen (rather than six
// paragraphs repeated under every item), and the two questions each item's boxes answer.
import { editorCopy } from "@/lib/copy/ambition-editor";
import { copy } from "@/lib/copy/en";

export function LevelsDetails({ levels }: { levels: readonly { level: number; descriptor: string }[] }) {
  const t = editorCopy;
  return (
    <details className="nhsuk-details app-no-print">
      <summary className="nhsuk-details__summary">
        <span className="nhsuk-details__summary-text">{t.levelsDetails}</span>
      </summary>
      <div className="nhsuk-details__text">
        <dl className="app-levels">
          {levels.map((entry) => (
            <div key={entry.level} className="app-levels__row">
              <dt>{copy.returns.levelValue(entry.level)}</dt>
              <dd>{entry.descriptor}</dd>
            </div>
          ))}
        </dl>
        <p className="nhsuk-body-s">{t.questionsIntro}</p>
        <ul className="nhsuk-body-s">
          <li>
            <strong>{t.evidenceShort}:</strong> {t.evidenceQuestion}
          </li>
          <li>
            <strong>{t.gapsShort}:</strong> {t.gapsQuestion}
          </li>
        </ul>
      </div>
    </details>
  );
}
