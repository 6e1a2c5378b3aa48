"use client";
// One item of the ambition page as a form, for people who may edit it: the level (with the
// checked level's descriptor beside the choice), evidence and gaps boxes, its save state in a
// polite live region, who saved it last, and both versions side by side after a conflict.
import Link from "next/link";
import "./ambition-editor.css";
import { editorCopy } from "@/lib/copy/ambition-editor";
import { copy } from "@/lib/copy/en";
import { formatDateTime } from "@/lib/format/format-date-time";
import { formatSavedTime } from "@/lib/drafts/format-saved-time";
import { useItemAutosave, type SaveStatus, type ServerAnswer } from "@/lib/drafts/use-item-autosave";
import { ConflictPanel } from "./conflict-panel";
import { GrowingTextarea } from "./growing-textarea";

export type EditorItem = { key: string; number: string | null; text: string };

type Props = {
  item: EditorItem;
  /** h3 for an item of its section, h4 under a stem: headings stay in order. */
  headingLevel: 3 | 4;
  /** A 4.1.2 service: one of a compact group under its stem. */
  compact: boolean;
  initial: ServerAnswer;
  levels: readonly { level: number; descriptor: string }[];
  assigneeNames: readonly string[];
  ownPageHref: string;
  assignHref: string | null;
  maxLength: number;
};

function statusText(status: SaveStatus): string {
  const t = editorCopy;
  switch (status.kind) {
    case "saving":
      return t.saving;
    case "saved":
      return t.savedAt(formatSavedTime(status.at));
    case "retrying":
      return t.retrying;
    case "kept-theirs":
      return t.keptTheirs(status.who);
    case "colleague":
      return t.colleagueSaved(status.who, formatSavedTime(status.at));
    case "signed-out":
      return t.unsavedSignedOut;
    case "not-draft":
      return t.unsavedLocked;
    case "refused":
      return t.refused(status.message);
    case "idle":
    case "conflict":
      return "";
  }
}

/** An id made of the item key (which holds dots and slashes), for labels and fields. */
function idFor(key: string, part: string): string {
  return `answer-${key.replace(/[^A-Za-z0-9]/g, "-")}-${part}`;
}

export function ItemEditor({ item, headingLevel, compact, initial, levels, assigneeNames, ownPageHref, assignHref, maxLength }: Props) {
  const t = editorCopy;
  const { fields, server, status, reference, change, flush, keepTheirs, keepMine, combine, focused } = useItemAutosave(item.key, initial);
  const label = item.number ?? item.key;
  const Heading = headingLevel === 3 ? "h3" : "h4";
  const locked = status.kind === "not-draft";
  const descriptor =
    fields.level === null ? t.notRatedDescriptor : t.checkedDescriptor(fields.level, levels.find((entry) => entry.level === fields.level)?.descriptor ?? "");
  const options: { value: number | null; label: string }[] = [
    ...levels.map((entry) => ({ value: entry.level, label: copy.returns.levelValue(entry.level) })),
    { value: null, label: t.notRated },
  ];
  const hidden = <span className="nhsuk-u-visually-hidden">{t.itemHidden(label)}</span>;
  return (
    <li
      className={`app-answer app-editor-item${compact ? " app-editor-item--compact" : ""}`}
      id={`item-${item.key}`}
      onFocus={() => {
        focused.current = true;
      }}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) focused.current = false;
      }}
    >
      <Heading className="app-answer__heading" id={idFor(item.key, "heading")}>
        <span className="app-catalogue-item__number">{item.number ?? ""}</span> {item.text}
      </Heading>
      {assigneeNames.length > 0 && <p className="nhsuk-body-s">{copy.returns.assignedTo(assigneeNames.join(", "))}</p>}
      <div className="nhsuk-form-group app-editor-item__level">
        <fieldset className="nhsuk-fieldset" aria-describedby={idFor(item.key, "descriptor")} disabled={locked}>
          <legend className="nhsuk-u-visually-hidden app-editor-item__legend">{t.levelLegend(label)}</legend>
          <div className="nhsuk-radios nhsuk-radios--inline nhsuk-radios--small">
            {options.map((option) => {
              const id = idFor(item.key, `level-${option.value ?? "none"}`);
              return (
                <div className="nhsuk-radios__item" key={option.value ?? "none"}>
                  <input
                    className="nhsuk-radios__input"
                    id={id}
                    name={idFor(item.key, "level")}
                    type="radio"
                    value={option.value ?? ""}
                    checked={fields.level === option.value}
                    onChange={() => change({ level: option.value })}
                  />
                  <label className="nhsuk-label nhsuk-radios__label" htmlFor={id}>
                    {option.label}
                  </label>
                </div>
              );
            })}
          </div>
          <p className="nhsuk-hint nhsuk-body-s app-editor-item__descriptor" id={idFor(item.key, "descriptor")}>
            {descriptor}
          </p>
        </fieldset>
      </div>
      {reference && <ConflictPanel itemLabel={label} theirs={reference} />}
      <GrowingTextarea
        id={idFor(item.key, "evidence")}
        label={
          <>
            {t.evidenceShort}
            <span className="nhsuk-u-visually-hidden">: {t.evidenceQuestion}</span>
            {hidden}
          </>
        }
        value={fields.evidence}
        maxLength={maxLength}
        readOnly={locked}
        onChange={(evidence) => change({ evidence })}
        onBlur={flush}
      />
      <GrowingTextarea
        id={idFor(item.key, "gaps")}
        label={
          <>
            {t.gapsShort}
            <span className="nhsuk-u-visually-hidden">: {t.gapsQuestion}</span>
            {hidden}
          </>
        }
        value={fields.gaps}
        maxLength={maxLength}
        readOnly={locked}
        onChange={(gaps) => change({ gaps })}
        onBlur={flush}
      />
      {status.kind === "conflict" && (
        <ConflictPanel itemLabel={label} theirs={status.theirs} mine={fields} onKeepTheirs={keepTheirs} onKeepMine={keepMine} onCombine={combine} />
      )}
      <p className="nhsuk-body-s app-editor-item__status" role="status">
        {statusText(status)}
      </p>
      {server.savedByName && server.savedAt && <p className="nhsuk-body-s app-editor-item__saved">{t.lastSaved(formatDateTime(new Date(server.savedAt)), server.savedByName)}</p>}
      <ul className="app-answer__actions app-no-print">
        <li>
          <Link href={ownPageHref}>
            {t.ownPageLink(server.revision > 0)}
            <span className="nhsuk-u-visually-hidden">{copy.returns.itemLinkHidden(label)}</span>
            {t.ownPageSuffix}
          </Link>
        </li>
        {assignHref && (
          <li>
            <Link href={assignHref}>
              {copy.returns.assignLink}
              <span className="nhsuk-u-visually-hidden">{copy.returns.itemLinkHidden(label)}</span>
            </Link>
          </li>
        )}
      </ul>
    </li>
  );
}
