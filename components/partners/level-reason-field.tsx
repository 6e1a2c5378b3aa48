"use client";
// Why the level is what it is: asked when the chosen level is not the proposed one (partners'
// returns) or differs from the return this one came from (a refresh). Optional, but prompted:
// the hint turns into a request as soon as the level chosen differs, and the field is always
// there, so without JavaScript it is simply an optional question with the context in its hint.
import { useEffect, useRef, useState } from "react";
import { TextareaField } from "@/components/forms/textarea-field";
import { partnersCopy } from "@/lib/copy/partners";
import type { LevelReasonContext } from "@/lib/partners/get-level-reason-context";

type Props = LevelReasonContext & { defaultValue: string; error?: string; maxLength: number; notRatedValue: string };

function levelOf(value: string | undefined, notRatedValue: string): number | null | undefined {
  if (value === undefined) return undefined;
  return value === notRatedValue ? null : Number(value);
}

export function LevelReasonField({ proposedLevel, previousLevel, defaultValue, error, maxLength, notRatedValue }: Props) {
  const frame = useRef<HTMLDivElement>(null);
  const [chosen, setChosen] = useState<number | null | undefined>(undefined);
  useEffect(() => {
    const form = frame.current?.closest("form");
    if (!form) return;
    const read = () => setChosen(levelOf(form.querySelector<HTMLInputElement>('input[name="level"]:checked')?.value, notRatedValue));
    read();
    form.addEventListener("change", read);
    return () => form.removeEventListener("change", read);
  }, [notRatedValue]);
  const t = partnersCopy.reason;
  const differsFromProposal = proposedLevel !== null && chosen !== undefined && chosen !== proposedLevel;
  const moved = previousLevel !== undefined && chosen !== undefined && chosen !== previousLevel;
  const hint = differsFromProposal
    ? <strong>{t.promptProposal(proposedLevel)}</strong>
    : moved
      ? <strong>{t.promptMoved(previousLevel)}</strong>
      : proposedLevel !== null
        ? t.hintProposal(proposedLevel)
        : t.hintMoved(previousLevel ?? null);
  return (
    <div ref={frame}>
      <TextareaField name="levelReason" label={t.label} hint={hint} error={error} defaultValue={defaultValue} maxLength={maxLength} rows={3} />
    </div>
  );
}
