import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { StartupError } from "../../../lib/errors";
import { resolveAuthSecret } from "../../../scripts/auth-secret";

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "ambitions-secret-"));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe("resolveAuthSecret", () => {
  it("uses NEXTAUTH_SECRET when it is set", () => {
    expect(resolveAuthSecret({ secret: "x".repeat(40), dataDir: tempDir() })).toBe("x".repeat(40));
  });

  it("requires it when DATABASE_URL is set, in one sentence", () => {
    expect(() => resolveAuthSecret({ databaseUrl: "postgresql://a@b/c", dataDir: tempDir() })).toThrow(StartupError);
    expect(() => resolveAuthSecret({ databaseUrl: "postgresql://a@b/c", dataDir: tempDir() })).toThrow(
      /^NEXTAUTH_SECRET must be set when DATABASE_URL is set/,
    );
  });

  it("on the embedded default makes one, keeps it in DATA_DIR/auth-secret readable by the owner only, and reuses it", () => {
    const dataDir = path.join(tempDir(), "nested");
    const first = resolveAuthSecret({ dataDir });
    expect(first.length).toBeGreaterThanOrEqual(32);
    const file = path.join(dataDir, "auth-secret");
    expect(readFileSync(file, "utf8").trim()).toBe(first);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(resolveAuthSecret({ dataDir })).toBe(first);
  });

  it("replaces a stored secret that is too short", () => {
    const dataDir = tempDir();
    writeFileSync(path.join(dataDir, "auth-secret"), "short\n");
    const secret = resolveAuthSecret({ dataDir });
    expect(secret).not.toBe("short");
    expect(secret.length).toBeGreaterThanOrEqual(32);
  });
});
