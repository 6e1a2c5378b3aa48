import type { AnswerFields } from "./answer-types";

/** Whether two answers hold the same level and texts (line endings as the server counts them). */
export function sameAnswer(a: AnswerFields, b: AnswerFields): boolean {
  const text = (value: string) => value.replace(/\r\n?/g, "\n");
  return a.level === b.level && text(a.evidence) === text(b.evidence) && text(a.gaps) === text(b.gaps);
}
