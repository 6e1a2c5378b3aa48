import { UnreadableFileError } from "../errors";

/** The JSON in `text`, which came from the file `file` (a path, or an uploaded file's name). */
export function parseJsonText(text: string, file: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new UnreadableFileError(file, `is not valid JSON (${(error as Error).message}).`);
  }
}
