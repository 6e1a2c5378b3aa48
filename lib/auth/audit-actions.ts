// The audit action names in use, so the same event is not spelled two ways. recordAuditEvent
// accepts any string, for features that add their own.
export const AUDIT_ACTIONS = {
  signIn: "sign_in",
  signInLocked: "sign_in.locked",
  signOut: "sign_out",
  permissionDenied: "permission.denied",
  membershipAdded: "membership.added",
  membershipRemoved: "membership.removed",
  membershipRoleChanged: "membership.role_changed",
  userDisabled: "user.disabled",
  userEnabled: "user.enabled",
} as const;
