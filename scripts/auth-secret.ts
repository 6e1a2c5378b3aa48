// NEXTAUTH_SECRET encrypts the session cookie. On the embedded default it is made once and
// kept in DATA_DIR (so sessions survive a restart); against a real database it must be
// given, because every app instance in front of that database needs the same one.
import { randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { StartupError } from "../lib/errors";

export function resolveAuthSecret(config: { secret?: string; databaseUrl?: string; dataDir: string }): string {
  if (config.secret) return config.secret;
  if (config.databaseUrl) {
    throw new StartupError(
      "NEXTAUTH_SECRET must be set when DATABASE_URL is set: generate one with openssl rand -base64 32 and give every app instance the same value.",
    );
  }
  const file = path.join(config.dataDir, "auth-secret");
  if (existsSync(file)) {
    const stored = readFileSync(file, "utf8").trim();
    if (stored.length >= 32) return stored;
  }
  mkdirSync(config.dataDir, { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  // mode applies only when the file is created; a replaced short secret gets it here.
  chmodSync(file, 0o600);
  return secret;
}
