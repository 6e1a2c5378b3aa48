import { createHash } from "node:crypto";
import type { Catalogue } from "./schema";

// Keys sorted so the hash depends on the catalogue's content, not on the order its author
// happened to write an object's fields in.
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, canonical((value as Record<string, unknown>)[key])]),
    );
  }
  return value;
}

export function catalogueContentHash(catalogue: Catalogue): string {
  return createHash("sha256").update(JSON.stringify(canonical(catalogue))).digest("hex");
}
