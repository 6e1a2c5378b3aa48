"use client";
import { useActionState, type ReactNode } from "react";
import { formErrors } from "@/components/forms/form-errors";
import { FormShell } from "@/components/forms/form-shell";
import { TextField } from "@/components/forms/text-field";
import { TextareaField } from "@/components/forms/textarea-field";
import { DateInputField } from "@/components/forms/date-input-field";
import { DETAIL_MAX } from "@/app/returns/[id]/details/schema";
import { TITLE_MAX } from "@/app/returns/new/schema";
import { copy } from "@/lib/copy/en";
import { datePartNames } from "@/lib/forms/date-field";
import { IDLE, type FormState } from "@/lib/forms/form-state";

export interface DetailsValues {
  title: string;
  completedBy: string;
  versionNote: string;
  /** The date input's three boxes, each empty when no date is given. */
  completionDate: { day: string; month: string; year: string };
  livedExperience: string;
}

type Props = {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  initial: DetailsValues;
  children: ReactNode;
};

export function DetailsForm({ action, initial, children }: Props) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  const form = formErrors(state);
  const { errorFor } = form;
  const values = { ...initial, ...form.values };
  const parts = datePartNames("completionDate");
  const typedDate = form.values
    ? { day: form.values[parts.day] ?? "", month: form.values[parts.month] ?? "", year: form.values[parts.year] ?? "" }
    : initial.completionDate;
  const t = copy.returns;
  return (
    <FormShell form={form} action={formAction} pending={pending} submitLabel={t.editDetailsButton} intro={children}>
      <TextField name="title" label={t.details.title} error={errorFor("title")} defaultValue={values.title} input={{ autoComplete: "off", maxLength: TITLE_MAX }} />
      <TextField name="completedBy" label={t.details.completedBy} error={errorFor("completedBy")} defaultValue={values.completedBy} input={{ autoComplete: "off", maxLength: DETAIL_MAX }} />
      <TextField
        name="versionNote"
        label={t.details.versionNote}
        error={errorFor("versionNote")}
        defaultValue={values.versionNote}
        input={{ autoComplete: "off", className: "nhsuk-input--width-20", maxLength: DETAIL_MAX }}
      />
      <DateInputField name="completionDate" legend={t.details.completionDate} hint={t.completionDateHint} error={errorFor("completionDate")} defaultValue={typedDate} />
      <TextareaField name="livedExperience" label={t.details.livedExperience} hint={t.livedExperienceHint} error={errorFor("livedExperience")} defaultValue={values.livedExperience} rows={4} maxLength={DETAIL_MAX} />
    </FormShell>
  );
}
