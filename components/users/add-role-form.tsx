"use client";
import { useActionState } from "react";
import { formErrors } from "@/components/forms/form-errors";
import { FormShell } from "@/components/forms/form-shell";
import { SelectField, type SelectGroup, type SelectOption } from "@/components/forms/select-field";
import { copy } from "@/lib/copy/en";
import { IDLE, type FormState } from "@/lib/forms/form-state";

type Props = {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  organisations: readonly (SelectOption | SelectGroup)[];
  roles: readonly SelectOption[];
};

/** Adding a role to a user from their page: an organisation and a role. */
export function AddRoleForm({ action, organisations, roles }: Props) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  const form = formErrors(state);
  const { values, errorFor } = form;
  const t = copy.users.addRole;
  return (
    <FormShell
      form={form}
      action={formAction}
      pending={pending}
      submitLabel={t.button}
      intro={
        <>
          <h2 id="add-role-heading">{t.heading}</h2>
          <p>{t.lede}</p>
        </>
      }
    >
      <SelectField
        name="organisationId"
        label={t.organisationLabel}
        placeholder={t.organisationPlaceholder}
        error={errorFor("organisationId")}
        defaultValue={values?.organisationId}
        options={organisations}
      />
      <SelectField name="role" label={t.roleLabel} placeholder={t.rolePlaceholder} error={errorFor("role")} defaultValue={values?.role} options={roles} />
    </FormShell>
  );
}
