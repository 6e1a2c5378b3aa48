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
  catalogueImport: "catalogue.import",
  catalogueSetDefault: "catalogue.set_default",
} as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[keyof typeof AUDIT_ACTIONS];
