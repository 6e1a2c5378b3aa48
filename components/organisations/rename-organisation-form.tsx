"use client";
import { useActionState, type ReactNode } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import { formErrors } from "@/components/forms/form-errors";
import { TextField } from "@/components/forms/text-field";
import { copy } from "@/lib/copy/en";
import { IDLE, type FormState } from "@/lib/forms/form-state";

type Props = {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  currentName: string;
  /** The page heading and anything before the form: the error summary goes above it. */
  children: ReactNode;
};

export function RenameOrganisationForm({ action, currentName, children }: Props) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  const { key, errors, values, errorFor } = formErrors(state);
  return (
    <>
      <ErrorSummary errors={errors} />
      {children}
      <form key={key} action={formAction} noValidate>
        <TextField
          name="name"
          label={copy.organisations.rename.nameLabel}
          hint={copy.organisations.rename.nameHint}
          error={errorFor("name")}
          defaultValue={values?.name ?? currentName}
          input={{ autoComplete: "off", spellCheck: false }}
        />
        <button className="nhsuk-button" type="submit" disabled={pending}>
          {copy.organisations.rename.button}
        </button>
      </form>
    </>
  );
}
