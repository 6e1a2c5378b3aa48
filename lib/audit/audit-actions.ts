// Every audit action name, in one closed list: recordAuditEvent accepts only these, so the same
// event cannot be spelled two ways ("membership.create" here, "membership.added" there) and a
// query on the audit log can rely on the names. A feature that audits something new adds it here.
export const AUDIT_ACTIONS = {
  signIn: "sign_in",
  signInLocked: "sign_in.locked",
  signOut: "sign_out",
  permissionDenied: "permission.denied",
  organisationCreate: "organisation.create",
  organisationRename: "organisation.rename",
  invitationCreate: "invitation.create",
  invitationAccept: "invitation.accept",
  userCreate: "user.create",
  membershipCreate: "membership.create",
  membershipRemove: "membership.remove",
  userDisable: "user.disable",
  userEnable: "user.enable",
  returnCreate: "return.create",
  returnUpdate: "return.update",
  returnSubmit: "return.submit",
  returnSignOff: "return.sign_off",
  returnReopen: "return.reopen",
  catalogueImport: "catalogue.import",
  catalogueSetDefault: "catalogue.set_default",
} as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[keyof typeof AUDIT_ACTIONS];

/**
 * Events anybody can repeat as often as they like (a signed-in user probing ids they may not
 * read, a client hammering a paused sign-in). Each is still counted, but into one row per
 * action, outcome, who (the user, or the address when not signed in), target type and minute,
 * so a flood cannot fill the disk (see recordAuditEvent). Sign-in failures are not here: the
 * sign-in limits already bound them (50 per address per 15 minutes, then they are `denied`),
 * and each one names the email tried.
 */
export const COUNTED_AUDIT_EVENTS: readonly { readonly action: AuditAction; readonly outcome: string }[] = [
  { action: AUDIT_ACTIONS.permissionDenied, outcome: "denied" },
  { action: AUDIT_ACTIONS.signIn, outcome: "denied" },
];
