import { copy } from "@/lib/copy/en";

/** A level, 0 to 5, on its colour from the level scale (components/charts/level-colours.ts), always with its text; or "Not yet rated". */
export function LevelTag({ level, notRatedText = copy.returns.notRated }: { level: number | null; notRatedText?: string }) {
  if (level === null) return <strong className="nhsuk-tag nhsuk-tag--grey">{notRatedText}</strong>;
  return <strong className={`nhsuk-tag app-level-tag app-level-tag--${level}`}>{copy.returns.levelValue(level)}</strong>;
}
