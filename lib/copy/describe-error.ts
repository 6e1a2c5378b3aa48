// Every typed error from lib/errors.ts, turned into what a person is told: the one place where
// the domain's refusals get their words. Edges (lib/edge) call this; nothing else words them.
import { ROLE_LABELS, isRole } from "../policy/roles";
import {
  CatalogueConflictError,
  CatalogueInvalidError,
  ConflictError,
  ForbiddenError,
  InvitationUnusableError,
  NotFoundError,
  ReturnStateError,
  StaleActionError,
  StaleAnswerError,
  UnreadableFileError,
  ValidationError,
  WorkbookRefusedError,
} from "../errors";
import type { FieldError } from "../forms/form-state";
import { NAME_MAX_LENGTH } from "../invitations/accept-invitation";
import { copy } from "./en";
import { planCopy } from "./plan";
import { OWNER_NAME_MAX } from "../actions/action-rules";

/** Enough catalogue problems to start fixing; the rest appear once these are fixed. */
const SHOWN_CATALOGUE_PROBLEMS = 25;

export type ErrorDescription =
  /** Answered exactly as a missing page: refusals and vanished things look alike (ids reveal nothing). */
  | { readonly kind: "notFound" }
  /**
   * Something the person can act on. `outcome` names it for actions without a form, which
   * send the person back to a page that explains it; `values` are fields the form must take
   * over (a stale save moves on to the colleague's revision).
   */
  | {
      readonly kind: "refused";
      readonly outcome: "stale" | "moved" | "self" | "invalid" | "unusable" | "exists";
      readonly errors: readonly FieldError[];
      readonly values?: Readonly<Record<string, string>>;
    };

export interface ErrorContext {
  /** What the person typed, for sentences that repeat it. */
  readonly values: Readonly<Record<string, string>>;
  /** The field a refusal about the whole form is shown against (the form's first field). */
  readonly formField: string;
}

function roleLabel(value: string | undefined): string {
  return isRole(value) ? ROLE_LABELS[value] : "";
}

function validationMessage(error: ValidationError, context: ErrorContext): string {
  switch (error.reason) {
    case "assignee.notEligible":
      return copy.returns.assign.notEligible;
    case "name.missing":
      return copy.invitations.accept.errors.nameMissing;
    case "name.tooLong":
      return copy.invitations.accept.errors.nameTooLong(NAME_MAX_LENGTH);
    case "role.notHeldOn":
      return copy.invitations.errors.roleNotHeld(roleLabel(context.values.role), error.subject ?? "organisation");
    case "reason.missing":
      return copy.handIn.reasonMissing;
    case "role.notAllowed":
      return copy.invitations.errors.roleNotAllowed(roleLabel(context.values.role));
    case "owner.notEligible":
      return planCopy.errors.ownerNotEligible;
    case "owner.nameMissing":
      return planCopy.errors.ownerNameMissing;
    case "owner.nameTooLong":
      return planCopy.errors.textTooLong(planCopy.ownerOrganisation, OWNER_NAME_MAX);
    case "action.ambitionMismatch":
      return planCopy.errors.ambitionMismatch;
    default:
      // The password policy and the organisation tree word their own rules for people.
      return error.message;
  }
}

/**
 * What to tell the person about `error`, or null for an error that is not theirs to act on
 * (a bug, or the database failing), which the caller rethrows.
 */
export function describeError(error: unknown, context: ErrorContext): ErrorDescription | null {
  const refused = (outcome: Extract<ErrorDescription, { kind: "refused" }>["outcome"], field: string, message: string, values?: Record<string, string>) =>
    ({ kind: "refused", outcome, errors: [{ field, message }], values }) as const;
  // The policy's second check in lib, or the thing vanished meanwhile: as authorise() answers.
  if (error instanceof ForbiddenError || error instanceof NotFoundError) return { kind: "notFound" };
  if (error instanceof StaleAnswerError) {
    // The next save goes against the colleague's revision, so it replaces theirs deliberately.
    return refused("stale", "level", copy.returns.item.stale, { revision: String(error.currentRevision) });
  }
  if (error instanceof ReturnStateError) return refused("moved", context.formField, copy.returns.item.notDraft);
  if (error instanceof ConflictError) {
    switch (error.reason) {
      case "organisation.duplicateName":
        return refused("exists", "name", copy.organisations.errors.duplicateName(context.values.name ?? ""));
      case "membership.exists":
        return refused("exists", "email", copy.invitations.errors.alreadyMember(context.values.email ?? "", roleLabel(context.values.role)));
      case "membership.held":
        return refused("exists", "role", copy.users.addRole.alreadyHeld(roleLabel(context.values.role)));
      case "user.self":
        return refused("self", context.formField, copy.users.selfRefused);
      case "user.exists":
        return refused("unusable", context.formField, copy.invitations.accept.unusableTitle);
      case "answer.stale":
        return refused("stale", "level", copy.returns.item.stale);
      case "import.stale":
        return refused("stale", context.formField, error.message);
      case "action.stale":
        // As a stale answer: the next save goes against the colleague's version, deliberately.
        return refused("stale", context.formField, planCopy.errors.stale, error instanceof StaleActionError ? { version: String(error.currentVersion) } : undefined);
    }
  }
  if (error instanceof InvitationUnusableError) return refused("unusable", context.formField, copy.invitations.accept.unusableTitle);
  if (error instanceof ValidationError) return refused("invalid", error.field, validationMessage(error, context));
  if (error instanceof CatalogueInvalidError) {
    const t = copy.catalogueVersions.errors;
    const shown = error.problems.slice(0, SHOWN_CATALOGUE_PROBLEMS).map((problem) => ({ field: "file", message: t.problem(error.source, problem.path, problem.message) }));
    const hidden = error.problems.length - shown.length;
    return { kind: "refused", outcome: "invalid", errors: hidden > 0 ? [...shown, { field: "file", message: t.moreProblems(hidden) }] : shown };
  }
  if (error instanceof CatalogueConflictError) return refused("invalid", "file", copy.catalogueVersions.errors.conflict(error.catalogueId));
  if (error instanceof UnreadableFileError) return refused("invalid", "file", error.message);
  if (error instanceof WorkbookRefusedError) return refused("invalid", "file", error.message);
  return null;
}
