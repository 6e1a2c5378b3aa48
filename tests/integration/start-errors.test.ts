// `npm start` must stop with one sentence, not a stack trace, when it cannot go on.
import { spawn } from "node:child_process";
import net from "node:net";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../scripts/db/migrations";

function start(env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", path.join(PROJECT_ROOT, "scripts/start.ts")], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, DATABASE_URL: "", ...env },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

describe("npm start refuses to start", () => {
  it("with a malformed DATABASE_URL", async () => {
    const result = await start({ DATABASE_URL: "postgres:/oops" });
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toBe(
      "DATABASE_URL must be a PostgreSQL connection string like postgresql://user:password@host:5432/database.",
    );
  });

  it("when the database cannot be reached", async () => {
    const result = await start({
      DATABASE_URL: "postgresql://app:secret@127.0.0.1:1/ambitions",
      NEXTAUTH_SECRET: "a-session-secret-of-at-least-32-characters",
      PORT: "3999",
    });
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toBe(
      "Cannot connect to the database at 127.0.0.1:1/ambitions (nothing is listening there): check DATABASE_URL and that the server is running.",
    );
  });

  it("with DATABASE_URL but no NEXTAUTH_SECRET", async () => {
    const result = await start({ DATABASE_URL: "postgresql://app:secret@127.0.0.1:1/ambitions", NEXTAUTH_SECRET: "", PORT: "3998" });
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toBe(
      "NEXTAUTH_SECRET must be set when DATABASE_URL is set: generate one with openssl rand -base64 32 and give every app instance the same value.",
    );
  });

  it("with a NEXTAUTH_SECRET that is too short", async () => {
    const result = await start({ NEXTAUTH_SECRET: "short" });
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toBe("NEXTAUTH_SECRET must be at least 32 characters long (e.g. openssl rand -base64 32).");
  });

  it("when the port is already in use", async () => {
    const blocker = net.createServer();
    const port = await new Promise<number>((resolve) =>
      blocker.listen(0, () => resolve((blocker.address() as net.AddressInfo).port)),
    );
    try {
      const result = await start({ PORT: String(port), DATABASE_URL: "postgresql://app:secret@127.0.0.1:1/ambitions" });
      expect(result.code).toBe(1);
      expect(result.stderr.trim()).toBe(
        `Port ${port} is already in use: stop the program using it, or choose another port with PORT=${port + 1} npm start.`,
      );
    } finally {
      blocker.close();
    }
  });
});
