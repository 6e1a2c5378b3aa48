import { describe, expect, it } from "vitest";
import { parseEnv } from "../../lib/env";
import { ConfigError } from "../../lib/errors";

function problemsOf(source: Record<string, string | undefined>): string[] {
  try {
    parseEnv(source);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe("parseEnv", () => {
  it("defaults to port 3000, the .data folder and no DATABASE_URL (the embedded server)", () => {
    const env = parseEnv({});
    expect(env).toMatchObject({ PORT: 3000, DATA_DIR: ".data", NODE_ENV: "production" });
    expect(env.DATABASE_URL).toBeUndefined();
  });

  it("treats an empty DATABASE_URL as unset", () => {
    expect(parseEnv({ DATABASE_URL: "" }).DATABASE_URL).toBeUndefined();
  });

  it.each(["postgresql://app:secret@db.internal:5432/ambitions", "postgres://localhost/ambitions?sslmode=require"])(
    "accepts the PostgreSQL URL %s",
    (url) => {
      expect(parseEnv({ DATABASE_URL: url }).DATABASE_URL).toBe(url);
    },
  );

  it.each(["not a url", "mysql://localhost/db", "http://localhost:5432/db", "postgresql://"])(
    "refuses DATABASE_URL=%s with one sentence saying what to fix",
    (url) => {
      const problems = problemsOf({ DATABASE_URL: url });
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatch(/^DATABASE_URL must be a PostgreSQL connection string/);
    },
  );

  it("reads PORT as a number", () => {
    expect(parseEnv({ PORT: "8080" }).PORT).toBe(8080);
  });

  it.each(["0", "65536", "abc", "80.5", "-1"])("refuses PORT=%s", (port) => {
    expect(problemsOf({ PORT: port })).toEqual(["PORT must be a whole number between 1 and 65535."]);
  });

  it("reports every bad variable at once", () => {
    expect(problemsOf({ PORT: "x", DATABASE_URL: "nope" })).toHaveLength(2);
  });
});
