// `npm start` serves a production build; it rebuilds only when the sources differ from the ones
// the last build was made from, so a second start is fast.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { StartupError } from "../lib/errors";
import { PROJECT_ROOT } from "./db/migrations";
import { serverActionsKey } from "./server-actions-key";

const INPUTS = ["app", "components", "lib", "public", "prisma/schema.prisma", "next.config.ts", "proxy.ts", "package.json", "tsconfig.json"];
const SKIP = new Set(["generated", "node_modules", ".next"]);
const STAMP = path.join(PROJECT_ROOT, ".next", "ambitions-source-hash");

function* files(entry: string): Generator<string> {
  const full = path.join(PROJECT_ROOT, entry);
  if (!existsSync(full)) return;
  if (statSync(full).isFile()) {
    yield entry;
    return;
  }
  for (const child of readdirSync(full, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    if (SKIP.has(child.name)) continue;
    yield* files(path.join(entry, child.name));
  }
}

export function sourceHash(): string {
  const hash = createHash("sha256");
  for (const input of INPUTS) {
    for (const file of files(input)) {
      hash.update(file).update("\0").update(readFileSync(path.join(PROJECT_ROOT, file))).update("\0");
    }
  }
  return hash.digest("hex");
}

/** What a build is made from: the sources, and the server actions key (a changed key needs a new build too). */
export function buildStamp(env: Parameters<typeof serverActionsKey>[0]): string {
  return createHash("sha256").update(sourceHash()).update(serverActionsKey(env)).digest("hex");
}

export async function buildIfNeeded(say: (line: string) => void): Promise<void> {
  const actionsKey = serverActionsKey(process.env);
  const hash = buildStamp(process.env);
  const built = existsSync(path.join(PROJECT_ROOT, ".next", "BUILD_ID")) && existsSync(STAMP);
  if (built && readFileSync(STAMP, "utf8") === hash) return;
  say("Building the app (first start or changed sources; this takes a minute or two)...");
  const result = spawnSync(process.execPath, [nextBin(), "build"], {
    cwd: PROJECT_ROOT,
    stdio: "inherit",
    env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: actionsKey },
  });
  if (result.status !== 0) throw new StartupError("The build failed (see the output above): fix the error and start again.");
  writeFileSync(STAMP, hash);
}

function nextBin(): string {
  return path.join(PROJECT_ROOT, "node_modules", "next", "dist", "bin", "next");
}
