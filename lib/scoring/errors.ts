// Scoring cannot import lib/errors (it must stay free of everything outside lib/scoring at run
// time), so it has its own error; callers at the edge wrap it in an AppError.

export type ScoringProblemCode = "UNKNOWN_ITEM" | "INVALID_LEVEL" | "STEM_RATED";

/** One bad entry in a levels map, named by its key so a person can find it in their file. */
export type ScoringProblem = {
  code: ScoringProblemCode;
  key: string;
  message: string;
};

// Enough to fix a file by, short enough to stay one readable line.
const MAX_LISTED = 5;

/**
 * Every problem in one levels map. `code` and `key` are those of the first problem in the map's
 * key order, so a caller that only wants one can use them; `problems` holds them all.
 */
export class ScoringError extends Error {
  readonly code: ScoringProblemCode;
  readonly key: string;
  readonly problems: readonly ScoringProblem[];

  constructor(problems: readonly ScoringProblem[]) {
    const first = problems[0];
    if (!first) throw new Error("A ScoringError needs at least one problem");
    const listed = problems.slice(0, MAX_LISTED).map((problem) => problem.message);
    if (problems.length > MAX_LISTED) listed.push(`(and ${problems.length - MAX_LISTED} more problems)`);
    super(listed.join(" "));
    this.name = "ScoringError";
    this.code = first.code;
    this.key = first.key;
    this.problems = problems;
  }
}

export function isScoringError(error: unknown): error is ScoringError {
  return error instanceof ScoringError;
}
