"use client";
import { useActionState } from "react";
import { formErrors } from "@/components/forms/form-errors";
import { FormShell } from "@/components/forms/form-shell";
import { RadiosField } from "@/components/forms/radios-field";
import { TextareaField } from "@/components/forms/textarea-field";
import { ACTION_NOTE_MAX, ACTION_STATUSES } from "@/lib/actions/action-rules";
import { planCopy } from "@/lib/copy/plan";
import { IDLE, type FormState } from "@/lib/forms/form-state";

type Props = {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  status: string;
  updateNote: string;
  version: number;
};

/** Where the action stands, with a short note: for its editors and its owner. */
export function ActionStatusForm({ action, status, updateNote, version }: Props) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  const form = formErrors(state);
  const typed = form.values;
  return (
    <FormShell
      form={form}
      action={formAction}
      pending={pending}
      submitLabel={planCopy.statusButton}
      intro={<h2 id="status-heading">{planCopy.statusFormHeading}</h2>}
    >
      <input type="hidden" name="version" value={typed?.version ?? String(version)} />
      <RadiosField
        name="status"
        legend={planCopy.statusLabel}
        error={form.errorFor("status")}
        defaultValue={typed?.status ?? status}
        options={ACTION_STATUSES.map((value) => ({ value, label: planCopy.statusLabels[value] }))}
      />
      <TextareaField name="updateNote" label={planCopy.updateNoteLabel} hint={planCopy.updateNoteHint} error={form.errorFor("updateNote")} defaultValue={typed?.updateNote ?? updateNote} rows={3} maxLength={ACTION_NOTE_MAX} />
    </FormShell>
  );
}
