"use client";
import { useActionState, type ReactNode } from "react";
import { CheckboxesField } from "@/components/forms/checkboxes-field";
import { formErrors } from "@/components/forms/form-errors";
import { FormShell } from "@/components/forms/form-shell";
import { copy } from "@/lib/copy/en";
import { IDLE, type FormState } from "@/lib/forms/form-state";

type Props = {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  people: readonly { id: string; name: string; email: string }[];
  assigned: readonly string[];
  /** For a whole section: its own legend and hint instead of one item's. */
  legend?: string;
  hint?: string;
  children: ReactNode;
};

export function AssignForm({ action, people, assigned, legend, hint, children }: Props) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  const form = formErrors(state);
  const t = copy.returns.assign;
  return (
    <FormShell form={form} action={formAction} pending={pending} submitLabel={t.button} intro={children}>
      {people.length === 0 ? (
        <p>{t.noPeople}</p>
      ) : (
        <CheckboxesField
          name="assignees"
          legend={legend ?? t.legend}
          hint={hint ?? t.hint}
          error={form.errorFor("assignees")}
          checked={assigned}
          options={people.map((person) => ({ value: person.id, label: person.name, hint: person.email }))}
        />
      )}
    </FormShell>
  );
}
