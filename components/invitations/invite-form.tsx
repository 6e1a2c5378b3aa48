"use client";
import { useActionState, useEffect, useRef, type ReactNode } from "react";
import { formErrors } from "@/components/forms/form-errors";
import { FormShell } from "@/components/forms/form-shell";
import { SelectField, type SelectGroup, type SelectOption } from "@/components/forms/select-field";
import { TextField } from "@/components/forms/text-field";
import { copy } from "@/lib/copy/en";
import { formatDateTime } from "@/lib/format/format-date-time";
import { IDLE, type FormState } from "@/lib/forms/form-state";

export interface InvitationSentView {
  readonly email: string;
  readonly organisationName: string;
  readonly roleLabel: string;
  readonly link: string;
  readonly expiresAt: string;
}

type Props = {
  action: (previous: FormState<InvitationSentView>, formData: FormData) => Promise<FormState<InvitationSentView>>;
  organisations: readonly (SelectOption | SelectGroup)[];
  roles: readonly SelectOption[];
  children: ReactNode;
};

/** The confirmation, in place of the form: the link exists only in this response, never in a URL or the database. */
function Sent({ sent }: { sent: InvitationSentView }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <>
      <div className="nhsuk-panel">
        <h1 className="nhsuk-panel__heading" tabIndex={-1} ref={heading}>
          {copy.invitations.sentTitle}
        </h1>
        <div className="nhsuk-panel__body">{copy.invitations.sentBody(sent.email, sent.organisationName, sent.roleLabel)}</div>
      </div>
      <h2>{copy.invitations.linkHeading}</h2>
      <p>{copy.invitations.linkBody(formatDateTime(new Date(sent.expiresAt)))}</p>
      <p className="app-invitation-link">
        <a href={sent.link} data-testid="invitation-link">
          {sent.link}
        </a>
      </p>
      <p>
        {/* A full page load gives a fresh, empty form. */}
        <a href="/invitations/new">{copy.invitations.inviteAnother}</a>
      </p>
    </>
  );
}

export function InviteForm({ action, organisations, roles, children }: Props) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  if (state.status === "done") return <Sent sent={state.result} />;
  const form = formErrors(state);
  const { values, errorFor } = form;
  return (
    <FormShell form={form} action={formAction} pending={pending} submitLabel={copy.invitations.button} intro={children}>
      <TextField
        name="email"
        label={copy.invitations.emailLabel}
        hint={copy.invitations.emailHint}
        error={errorFor("email")}
        defaultValue={values?.email ?? ""}
        input={{ type: "email", autoComplete: "off", spellCheck: false }}
      />
      <SelectField
        name="organisationId"
        label={copy.invitations.organisationLabel}
        hint={copy.invitations.organisationHint}
        error={errorFor("organisationId")}
        defaultValue={values?.organisationId ?? ""}
        placeholder={copy.invitations.organisationPlaceholder}
        options={organisations}
      />
      <SelectField
        name="role"
        label={copy.invitations.roleLabel}
        hint={copy.invitations.roleHint}
        error={errorFor("role")}
        defaultValue={values?.role ?? (roles.length === 1 ? roles[0]!.value : "")}
        placeholder={roles.length === 1 ? undefined : copy.invitations.rolePlaceholder}
        options={roles}
      />
    </FormShell>
  );
}
