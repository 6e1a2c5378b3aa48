// An audit event as a sentence an administrator reads ("Priya Programme-Manager signed off
// 2025-26 (Bristol, ...)"), from its action, outcome and the names listAuditEvents looked up
// for its ids. Names are looked up when the log is read, so a renamed organisation reads with
// its current name; what the row itself kept (emails, a rename's from and to) reads as kept.
// An action this file does not know yet still reads, in plain words.
import { copy } from "../copy/en";
import { ROLE_LABELS, type Role } from "../policy/roles";
import { AUDIT_ACTIONS } from "./audit-actions";

export interface AuditEventNames {
  /** The actor's name; null when nobody was signed in or the account is gone. */
  actor: string | null;
  /** The target's name: a return's title and organisation, an organisation's, a user's, a catalogue version's title. */
  target: string | null;
  /** The organisation the details name (organisationId). */
  organisation: string | null;
  /** The user the details name (userId), for a role added on accepting an invitation. */
  user: string | null;
}

export interface AuditSentenceInput {
  action: string;
  outcome: string;
  actorEmail: string | null;
  targetType: string | null;
  details: unknown;
  names: AuditEventNames;
}

function detail(details: unknown, key: string): string | undefined {
  if (typeof details !== "object" || details === null) return undefined;
  const value = (details as Record<string, unknown>)[key];
  return typeof value === "string" ? value : undefined;
}

function roleLabel(role: string | undefined): string {
  return role && role in ROLE_LABELS ? ROLE_LABELS[role as Role].toLowerCase() : (role ?? "");
}

export function describeAuditEvent(event: AuditSentenceInput): string {
  const t = copy.audit;
  const s = t.sentences;
  const who = event.names.actor ?? event.actorEmail ?? t.someone;
  const email = event.actorEmail ?? t.someone;
  const details = event.details;
  const target = event.names.target;
  const organisation = event.names.organisation ?? detail(details, "organisationName") ?? "";
  const kind = (event.targetType && t.targetKinds[event.targetType]) ?? event.targetType ?? "";
  // What an event is about, when the name is gone: "a self-assessment".
  const about = target ?? kind;
  switch (event.action) {
    case AUDIT_ACTIONS.signIn:
      if (event.outcome === "success") return s.signedIn(who, detail(details, "method") === "entra");
      if (event.outcome === "denied") return s.signInRefused(email);
      return s.signInFailed(email, t.failureReasons[detail(details, "reason") ?? ""]);
    case AUDIT_ACTIONS.signInLocked:
      return s.signInPaused(email, detail(details, "scope") ?? "account");
    case AUDIT_ACTIONS.signOut:
      return s.signedOut(who);
    case AUDIT_ACTIONS.permissionDenied:
      return s.refused(who, target ?? kind);
    case AUDIT_ACTIONS.organisationCreate:
      return s.organisationAdded(who, target ?? detail(details, "name") ?? kind);
    case AUDIT_ACTIONS.organisationRename:
      return s.organisationRenamed(who, detail(details, "from") ?? "", detail(details, "to") ?? about);
    case AUDIT_ACTIONS.invitationCreate:
      return s.invited(who, detail(details, "email") ?? "", roleLabel(detail(details, "role")), organisation);
    case AUDIT_ACTIONS.invitationAccept:
      return s.invitationAccepted(who, roleLabel(detail(details, "role")), organisation);
    case AUDIT_ACTIONS.userCreate:
      return s.accountCreated(target ?? who);
    case AUDIT_ACTIONS.membershipCreate:
      return s.roleAdded(who, event.names.user ?? target ?? kind, roleLabel(detail(details, "role")), organisation);
    case AUDIT_ACTIONS.membershipRemove:
      return s.roleRemoved(who, target ?? detail(details, "email") ?? kind, roleLabel(detail(details, "role")), organisation);
    case AUDIT_ACTIONS.userDisable:
      return s.disabled(who, target ?? detail(details, "email") ?? kind);
    case AUDIT_ACTIONS.userEnable:
      return s.enabled(who, target ?? detail(details, "email") ?? kind);
    case AUDIT_ACTIONS.returnCreate:
      return s.returnStarted(who, target ?? detail(details, "title") ?? kind);
    case AUDIT_ACTIONS.returnUpdate:
      return s.returnDetails(who, about);
    case AUDIT_ACTIONS.returnSubmit:
      return s.returnSubmitted(who, about);
    case AUDIT_ACTIONS.returnSignOff:
      return s.returnSignedOff(who, about);
    case AUDIT_ACTIONS.catalogueImport:
      return s.catalogueAdded(who, target ?? detail(details, "title") ?? kind);
    case AUDIT_ACTIONS.catalogueSetDefault:
      return s.catalogueDefault(who, about);
    default:
      return s.other(who, event.action, about || null);
  }
}
