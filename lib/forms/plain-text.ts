// The one rule every free-text field of every form follows, so that nothing a browser (or a
// hand-made request) sends can reach PostgreSQL as text it refuses: a NUL byte in a text value
// makes the query fail, which used to surface as a 500. Refused rather than stripped, so what is
// stored is exactly what was typed, and the person is told which field to fix.
import { z } from "zod";
import { copy } from "../copy/en";

/**
 * Control characters (Unicode category Cc) other than tab, line feed and carriage return: C0,
 * DEL and C1. Nobody types them; they arrive pasted from other software or forged.
 */
const CONTROL_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

export function hasControlCharacter(value: string): boolean {
  return CONTROL_CHARACTER.test(value);
}

export interface PlainTextOptions {
  /** What the field is called in messages ("Evidence", "Email address"). */
  readonly label: string;
  /**
   * The most characters (UTF-16 code units, as the browser's maxlength counts them, with line
   * breaks as one) once line breaks are normalised and the ends trimmed.
   */
  readonly max: number;
  readonly tooLong: string;
  /** When given, an empty value (after trimming) is refused with this message. */
  readonly missing?: string;
  /** "collapse": runs of white space become one space (names). Default "keep". */
  readonly spaces?: "keep" | "collapse";
}

/**
 * A text field's value: a string; CRLF and CR line breaks made LF (browsers send CRLF); no
 * control characters other than tab and line breaks; trimmed; optionally required; at most
 * `max` characters.
 */
export function plainText({ label, max, tooLong, missing, spaces = "keep" }: PlainTextOptions) {
  const bounded = missing
    ? z.string().min(1, { error: missing }).max(max, { error: tooLong })
    : z.string().max(max, { error: tooLong });
  return z
    .string({ error: missing ?? copy.input.textMissing(label) })
    .transform((value, ctx) => {
      if (hasControlCharacter(value)) {
        ctx.addIssue({ code: "custom", message: copy.input.controlCharacter(label) });
        return z.NEVER;
      }
      const lines = value.replace(/\r\n?/g, "\n");
      return spaces === "collapse" ? lines.trim().replace(/\s+/g, " ") : lines.trim();
    })
    .pipe(bounded);
}
