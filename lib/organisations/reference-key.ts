/** A stable key for seeded reference organisations: survives renames by an administrator. */
export function referenceKey(kind: "region" | "icb", name: string): string {
  return `${kind}:${name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")}`;
}
