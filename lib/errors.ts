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
  | "CATALOGUE_CONFLICT";

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

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
