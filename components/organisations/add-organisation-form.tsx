"use client";
import { useActionState, type ReactNode } from "react";
import { formErrors } from "@/components/forms/form-errors";
import { FormShell } from "@/components/forms/form-shell";
import { RadiosField } from "@/components/forms/radios-field";
import { TextField } from "@/components/forms/text-field";
import { copy } from "@/lib/copy/en";
import { IDLE, type FormState } from "@/lib/forms/form-state";

type Props = {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  /** An ICB is added to a region by name alone; a place or provider within an ICB also needs its type. */
  adding: "icb" | "local";
  typeOptions: readonly { value: string; label: string }[];
  children: ReactNode;
};

export function AddOrganisationForm({ action, adding, typeOptions, children }: Props) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  const form = formErrors(state);
  const { values, errorFor } = form;
  return (
    <FormShell form={form} action={formAction} pending={pending} submitLabel={copy.organisations.add.button} intro={children}>
      <TextField
        name="name"
        label={copy.organisations.add.nameLabel}
        error={errorFor("name")}
        defaultValue={values?.name ?? ""}
        input={{ autoComplete: "off", spellCheck: false }}
      />
      {adding === "local" ? (
        <RadiosField
          name="type"
          legend={copy.organisations.add.typeLegend}
          hint={copy.organisations.add.typeHint}
          error={errorFor("type")}
          defaultValue={values?.type}
          options={typeOptions}
        />
      ) : null}
    </FormShell>
  );
}
