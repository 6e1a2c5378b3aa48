"use client";
// The action's form, for creating and changing one: what we want, what we will do, the owner
// (a person from the list, or a named organisation) and the due date.
import { useActionState, type ReactNode } from "react";
import { DateInputField } from "@/components/forms/date-input-field";
import { formErrors } from "@/components/forms/form-errors";
import { FormShell } from "@/components/forms/form-shell";
import { RadiosField } from "@/components/forms/radios-field";
import { SelectField } from "@/components/forms/select-field";
import { TextField } from "@/components/forms/text-field";
import { TextareaField } from "@/components/forms/textarea-field";
import { ACTION_TEXT_MAX, OWNER_NAME_MAX } from "@/lib/actions/action-rules";
import { planCopy } from "@/lib/copy/plan";
import { datePartNames } from "@/lib/forms/date-field";
import { IDLE, type FormState } from "@/lib/forms/form-state";

export interface ActionFormValues {
  wantTo: string;
  doThisBy: string;
  ownerKind: "" | "person" | "organisation";
  ownerUserId: string;
  ownerName: string;
  dueDate: { day: string; month: string; year: string };
}

type Props = {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  initial: ActionFormValues;
  owners: readonly { id: string; name: string; email: string }[];
  submitLabel: string;
  /** The version the form was opened at (editing only). */
  version?: number;
  children: ReactNode;
};

export function ActionForm({ action, initial, owners, submitLabel, version, children }: Props) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  const form = formErrors(state);
  const { errorFor } = form;
  const typed = form.values;
  const parts = datePartNames("dueDate");
  const values = {
    wantTo: typed?.wantTo ?? initial.wantTo,
    doThisBy: typed?.doThisBy ?? initial.doThisBy,
    ownerKind: typed?.ownerKind ?? initial.ownerKind,
    ownerUserId: typed?.ownerUserId ?? initial.ownerUserId,
    ownerName: typed?.ownerName ?? initial.ownerName,
    dueDate: typed ? { day: typed[parts.day] ?? "", month: typed[parts.month] ?? "", year: typed[parts.year] ?? "" } : initial.dueDate,
    // After a stale refusal the next save goes against the colleague's version (see describeError).
    version: typed?.version ?? (version === undefined ? undefined : String(version)),
  };
  return (
    <FormShell form={form} action={formAction} pending={pending} submitLabel={submitLabel} intro={children}>
      {values.version !== undefined ? <input type="hidden" name="version" value={values.version} /> : null}
      <TextareaField name="wantTo" label={planCopy.wantTo} hint={planCopy.wantToHint} error={errorFor("wantTo")} defaultValue={values.wantTo} rows={3} maxLength={ACTION_TEXT_MAX} />
      <TextareaField name="doThisBy" label={planCopy.doThisBy} hint={planCopy.doThisByHint} error={errorFor("doThisBy")} defaultValue={values.doThisBy} rows={3} maxLength={ACTION_TEXT_MAX} />
      <RadiosField
        name="ownerKind"
        legend={planCopy.ownerKind}
        error={errorFor("ownerKind")}
        defaultValue={values.ownerKind || undefined}
        options={[
          { value: "person", label: planCopy.ownerKindPerson },
          { value: "organisation", label: planCopy.ownerKindOrganisation },
        ]}
      />
      <SelectField
        name="ownerUserId"
        label={planCopy.ownerPerson}
        error={errorFor("ownerUserId")}
        defaultValue={values.ownerUserId}
        placeholder={planCopy.ownerPersonPlaceholder}
        options={owners.map((owner) => ({ value: owner.id, label: `${owner.name} (${owner.email})` }))}
      />
      <TextField name="ownerName" label={planCopy.ownerOrganisation} error={errorFor("ownerName")} defaultValue={values.ownerName} input={{ autoComplete: "organization", maxLength: OWNER_NAME_MAX }} />
      <DateInputField name="dueDate" legend={planCopy.dueDate} hint={planCopy.dueDateHint} error={errorFor("dueDate")} defaultValue={values.dueDate} />
    </FormShell>
  );
}
