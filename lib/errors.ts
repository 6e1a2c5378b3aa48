// Typed errors. Code below the edge throws these; pages, route handlers, server actions and
// command lines map them to one clear sentence for a person, never a stack trace.

export type ErrorCode =
  | "STARTUP"
  | "CONFIG"
  | "DATABASE_UNREACHABLE"
  | "NOT_FOUND"
  | "FORBIDDEN"
  | "VALIDATION";

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

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
