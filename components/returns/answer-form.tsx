"use client";
import { useActionState, type ReactNode } from "react";
import { formErrors } from "@/components/forms/form-errors";
import { FormShell } from "@/components/forms/form-shell";
import { RadiosField } from "@/components/forms/radios-field";
import { TextareaField } from "@/components/forms/textarea-field";
import { ANSWER_TEXT_MAX, LEVEL_REASON_TEXT_MAX } from "@/app/returns/[id]/items/[...key]/schema";
import { LevelReasonField } from "@/components/partners/level-reason-field";
import { autosaveCopy } from "@/lib/copy/autosave";
import type { LevelReasonContext } from "@/lib/partners/get-level-reason-context";
import { copy } from "@/lib/copy/en";
import { IDLE, type FormState } from "@/lib/forms/form-state";

type Props = {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  levels: readonly { level: number; descriptor: string }[];
  /** The saved answer the form opens with; level "not-rated" when none. */
  initial: { level: string; evidence: string; gaps: string; revision: number };
  notRatedValue: string;
  /** Partners' proposal or a refresh's previous level: ask why the level is what it is. */
  levelReason?: LevelReasonContext | null;
  children: ReactNode;
};

export function AnswerForm({ action, levels, initial, notRatedValue, levelReason, children }: Props) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  const form = formErrors(state);
  const { values, errorFor } = form;
  const t = copy.returns.item;
  const options = [
    ...levels.map((level) => ({ value: String(level.level), label: copy.returns.levelValue(level.level), hint: level.descriptor })),
    { value: notRatedValue, label: t.notRatedOption, hint: t.notRatedHint },
  ];
  return (
    <FormShell
      form={form}
      action={formAction}
      pending={pending}
      submitLabel={t.saveButton}
      secondary={
        <button className="nhsuk-button nhsuk-button--secondary" type="submit" name="next" value="1" disabled={pending}>
          {autosaveCopy.saveAndNext}
        </button>
      }
      intro={children}
    >
      <input type="hidden" name="revision" value={values?.revision ?? String(initial.revision)} />
      <RadiosField name="level" legend={t.levelLegend} hint={t.levelHint} error={errorFor("level")} defaultValue={values?.level ?? initial.level} options={options} />
      {levelReason && (
        <LevelReasonField
          {...levelReason}
          defaultValue={values?.levelReason ?? levelReason.initial}
          error={errorFor("levelReason")}
          maxLength={LEVEL_REASON_TEXT_MAX}
          notRatedValue={notRatedValue}
        />
      )}
      <TextareaField name="evidence" label={t.evidenceLabel} error={errorFor("evidence")} defaultValue={values?.evidence ?? initial.evidence} maxLength={ANSWER_TEXT_MAX} />
      <TextareaField name="gaps" label={t.gapsLabel} error={errorFor("gaps")} defaultValue={values?.gaps ?? initial.gaps} maxLength={ANSWER_TEXT_MAX} />
    </FormShell>
  );
}
