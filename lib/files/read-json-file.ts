// Reading a JSON file a person handed to a command (a return to score, a catalogue to import):
// every way that can fail becomes one sentence naming the file.
import { readFile } from "node:fs/promises";
import { UnreadableFileError } from "../errors";
import { parseJsonText } from "./parse-json-text";

export async function readJsonFile(file: string, kind: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new UnreadableFileError(file, "no such file.");
    if (code === "EISDIR") throw new UnreadableFileError(file, `is a directory, not ${kind}.`);
    throw new UnreadableFileError(file, `cannot be read (${code ?? (error as Error).message}).`);
  }
  return parseJsonText(text, file);
}
