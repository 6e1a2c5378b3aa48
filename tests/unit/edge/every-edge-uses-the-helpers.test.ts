// Every server action and route handler goes through lib/edge, so each takes the same steps in
// the same order and words errors in one place. A new edge written by hand fails here.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const APP = path.join(process.cwd(), "app");

/** Edges that cannot use the helpers, and why. */
const EXEMPT: Record<string, string> = {
  // next-auth's own endpoints.
  "api/auth/[...nextauth]/route.ts": "next-auth answers these itself",
  // Anonymous, and its form state carries no bound ids: it is the one action before a user exists.
  "sign-in/actions.ts": "anonymous sign-in form",
};

const SEGMENT_CONFIG = ["dynamic", "runtime", "revalidate", "maxDuration"];

/** lib/edge's builders, and the two local wrappers that return one (statuses, assignments). */
const BUILDERS = ["formAction", "buttonAction", "routeHandler", "statusAction", "assignmentAction"];

function edges(dir: string, found: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) edges(full, found);
    else if (entry.name === "actions.ts" || entry.name === "route.ts") found.push(path.relative(APP, full));
  }
  return found;
}

describe("the edges", () => {
  const all = edges(APP);

  it("finds the app's actions and route handlers", () => {
    expect(all.length).toBeGreaterThan(10);
  });

  it.each(all.filter((file) => !(file in EXEMPT)))("%s exports only what lib/edge builds", (file) => {
    const source = readFileSync(path.join(APP, file), "utf8");
    expect(source, "hand-written exported function").not.toMatch(/export\s+(async\s+)?function/);
    const exports = [...source.matchAll(/export const (\w+)\s*=\s*([^\n]*)/g)];
    expect(exports.length, "no exported edge found").toBeGreaterThan(0);
    // Next's route segment settings are exports too.
    for (const [, name, value] of exports.filter(([, name]) => !SEGMENT_CONFIG.includes(name!))) expect(`${name} = ${value}`).toMatch(new RegExp(`^${name} = (${BUILDERS.join("|")})\\(`));
  });
});
