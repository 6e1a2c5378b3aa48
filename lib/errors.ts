// Typed errors. Code below the edge throws these; pages, route handlers, server actions and
// command lines map them to one clear sentence for a person, never a stack trace.

import { formatCatalogueProblems } from "./catalogue/format-problems";

export type ErrorCode =
  | "STARTUP"
  | "CONFIG"
  | "DATABASE_UNREACHABLE"
  | "NOT_FOUND"
  | "FORBIDDEN"
  | "VALIDATION"
  | "CATALOGUE_INVALID"
  | "CATALOGUE_CONFLICT"
  | "FILE_UNREADABLE"
  | "CONFLICT"
  | "INVITATION_UNUSABLE"
  | "RETURN_STATE"
  | "SIGNED_OUT";

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** Start-up cannot go on; the message says what to fix. */
export class StartupError extends AppError {
  constructor(message: string) {
    super("STARTUP", message);
  }
}

/** The environment is malformed; one sentence per problem. */
export class ConfigError extends AppError {
  constructor(readonly problems: string[]) {
    super("CONFIG", problems.join(" "));
  }
}

export class DatabaseUnreachableError extends AppError {
  constructor(message: string) {
    super("DATABASE_UNREACHABLE", message);
  }
}

/** A file given to a command is missing, unreadable or not JSON; the message names it. */
export class UnreadableFileError extends AppError {
  constructor(
    readonly file: string,
    reason: string,
  ) {
    super("FILE_UNREADABLE", `${file}: ${reason}`);
  }
}

/** A catalogue file that fails validation; every problem is located by its path in the file. */
export class CatalogueInvalidError extends AppError {
  constructor(
    readonly source: string,
    readonly problems: readonly { path: string; message: string }[],
  ) {
    super(
      "CATALOGUE_INVALID",
      `${source} is not a valid catalogue (${problems.length} problem${problems.length === 1 ? "" : "s"}):\n` +
        formatCatalogueProblems(problems),
    );
  }
}

/** A catalogue version id already stored with different content: catalogues are never edited in place. */
export class CatalogueConflictError extends AppError {
  constructor(readonly catalogueId: string) {
    super(
      "CATALOGUE_CONFLICT",
      `Catalogue version ${catalogueId} is already stored with different content. A stored catalogue is never changed: give the changed catalogue a new id.`,
    );
  }
}

/** Something asked for does not exist (or, to its caller, must look as if it does not). */
export class NotFoundError extends AppError {
  constructor(message: string) {
    super("NOT_FOUND", message);
  }
}

/**
 * The actor may not do this. Library functions re-check the policy as a second line behind
 * the edge's authorise(), which has already answered 404 and audited; reaching this is a bug
 * or a forged call, and the edge answers it with a 404 too.
 */
export class ForbiddenError extends AppError {
  constructor(message: string) {
    super("FORBIDDEN", message);
  }
}

/**
 * Input that breaks a domain rule a form can point at. `field` names the form field and
 * `reason` picks the sentence the edge shows (lib/copy/en.ts): the domain never words copy.
 */
export class ValidationError extends AppError {
  constructor(
    readonly field: string,
    readonly reason: string,
    message: string,
    /** What the sentence names besides the typed values (the kind of organisation a role cannot belong to). */
    readonly subject?: string,
  ) {
    super("VALIDATION", message);
  }
}

export type ConflictReason =
  | "organisation.duplicateName"
  | "membership.exists"
  /** An administrator adding a role the user already holds there. */
  | "membership.held"
  | "user.exists"
  /** Someone else saved the answer since the form was opened. */
  | "answer.stale"
  /** An administrator removing their own administrator role or disabling themselves. */
  | "user.self";

/** The change would duplicate something that must be unique. */
export class ConflictError extends AppError {
  constructor(
    readonly reason: ConflictReason,
    message: string,
  ) {
    super("CONFLICT", message);
  }
}

/**
 * An invitation token that is unknown, used, revoked or expired. Deliberately one error for
 * all four, so nobody holding a link learns more than "this link can no longer be used".
 */
export class InvitationUnusableError extends AppError {
  constructor() {
    super("INVITATION_UNUSABLE", "This invitation link can no longer be used.");
  }
}

/** The answer as a colleague saved it, for a stale save to show side by side with its own. */
export interface TheirAnswer {
  readonly level: number | null;
  readonly evidence: string;
  readonly gaps: string;
  readonly levelReason: string | null;
  readonly revision: number;
  readonly savedAt: Date;
  /** null once the user who saved it has been deleted. */
  readonly savedBy: { readonly id: string; readonly name: string } | null;
}

/**
 * Someone else saved the answer since the form was opened; `currentRevision` is theirs, and
 * `theirs` what they saved (absent only if their answer vanished in between).
 */
export class StaleAnswerError extends ConflictError {
  constructor(
    readonly currentRevision: number,
    readonly theirs?: TheirAnswer,
  ) {
    super("answer.stale", "Someone else saved this item since it was opened.");
  }
}

/**
 * The return has moved on (submitted, signed off) since the page was opened, so the change no
 * longer applies. Only raised to someone who may still read the return.
 */
export class ReturnStateError extends AppError {
  constructor(
    readonly status: "draft" | "submitted" | "signed_off",
    message: string,
  ) {
    super("RETURN_STATE", message);
  }
}

/** No session, or one that has ended: a JSON route answers 401 (a page sends the person to sign in). */
export class SignedOutError extends AppError {
  constructor() {
    super("SIGNED_OUT", "Not signed in.");
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
