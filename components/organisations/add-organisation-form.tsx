"use client";
import { useActionState, type ReactNode } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import { formErrors } from "@/components/forms/form-errors";
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
  const { key, errors, values, errorFor } = formErrors(state);
  return (
    <>
      <ErrorSummary errors={errors} />
      {children}
      <form key={key} action={formAction} noValidate>
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
        <button className="nhsuk-button" type="submit" disabled={pending}>
          {copy.organisations.add.button}
        </button>
      </form>
    </>
  );
}
