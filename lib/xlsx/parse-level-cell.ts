import type { PlainCell } from "./read-cell";

/**
 * A Current Status cell as a level: 0-5, null for blank (not yet rated), or "invalid". Accepts
 * what regions type: "Level 3", "level 3", "3", "L3", "Lvl 3", a number cell, a formula's cached
 * value, and "Not rated".
 */
export function parseLevelCell(cell: PlainCell): number | null | "invalid" {
  if (cell === null) return null;
  if (typeof cell === "number") return Number.isInteger(cell) && cell >= 0 && cell <= 5 ? cell : "invalid";
  if (typeof cell !== "string") return "invalid";
  const text = cell.trim();
  if (text === "" || /^(not (yet )?rated|n\/?a|-)$/i.test(text)) return null;
  const match = /^(?:level|lvl|l)?\s*[:.-]?\s*([0-5])(?:\.0+)?$/i.exec(text);
  return match ? Number(match[1]) : "invalid";
}
