import { describe, expect, it } from "vitest";
import { entraConfig, mailConfig, parseEnv } from "../../lib/env";
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

describe("parseEnv: authentication settings", () => {
  it("leaves the secret, the public URL and single sign-on unset by default, trusting no proxy", () => {
    const env = parseEnv({});
    expect(env.NEXTAUTH_SECRET).toBeUndefined();
    expect(env.NEXTAUTH_URL).toBeUndefined();
    expect(env.TRUST_PROXY).toBe(0);
    expect(entraConfig(env)).toBeNull();
  });

  it("refuses a NEXTAUTH_SECRET shorter than 32 characters", () => {
    expect(problemsOf({ NEXTAUTH_SECRET: "too-short" })).toEqual([
      "NEXTAUTH_SECRET must be at least 32 characters long (e.g. openssl rand -base64 32).",
    ]);
    expect(parseEnv({ NEXTAUTH_SECRET: "s".repeat(32) }).NEXTAUTH_SECRET).toBe("s".repeat(32));
  });

  it("treats an empty NEXTAUTH_SECRET as unset", () => {
    expect(parseEnv({ NEXTAUTH_SECRET: "" }).NEXTAUTH_SECRET).toBeUndefined();
  });

  it("wants NEXTAUTH_URL to be an http or https address", () => {
    expect(parseEnv({ NEXTAUTH_URL: "https://ambitions.example.nhs.uk" }).NEXTAUTH_URL).toBe("https://ambitions.example.nhs.uk");
    expect(problemsOf({ NEXTAUTH_URL: "ambitions.example.nhs.uk" })).toEqual([
      "NEXTAUTH_URL must be the address people use to reach the app, like https://ambitions.example.nhs.uk.",
    ]);
  });

  it("reads TRUST_PROXY as a number of proxies", () => {
    expect(parseEnv({ TRUST_PROXY: "1" }).TRUST_PROXY).toBe(1);
    expect(problemsOf({ TRUST_PROXY: "yes" })).toEqual(["TRUST_PROXY must be the number of proxies in front of the app (0 when none)."]);
  });

  it("switches single sign-on on with all three Entra settings", () => {
    const env = parseEnv({ AUTH_ENTRA_CLIENT_ID: "id", AUTH_ENTRA_CLIENT_SECRET: "secret", AUTH_ENTRA_TENANT_ID: "tenant" });
    expect(entraConfig(env)).toEqual({ clientId: "id", clientSecret: "secret", tenantId: "tenant" });
  });

  it.each([
    { AUTH_ENTRA_CLIENT_ID: "id" },
    { AUTH_ENTRA_CLIENT_ID: "id", AUTH_ENTRA_TENANT_ID: "tenant" },
    { AUTH_ENTRA_CLIENT_SECRET: "secret", AUTH_ENTRA_TENANT_ID: "tenant", AUTH_ENTRA_CLIENT_ID: " " },
  ])("refuses some but not all of the Entra settings: %j", (source) => {
    expect(problemsOf(source)).toEqual([
      "Single sign-on needs all three of AUTH_ENTRA_CLIENT_ID, AUTH_ENTRA_CLIENT_SECRET and AUTH_ENTRA_TENANT_ID (or none of them).",
    ]);
  });

  it("sends invitations by SMTP only with a valid SMTP_URL and a MAIL_FROM", () => {
    expect(mailConfig(parseEnv({}))).toBeNull();
    const env = parseEnv({ SMTP_URL: "smtp://user:pw@smtp.example.nhs.uk:587", MAIL_FROM: "Ambitions <ambitions@example.nhs.uk>" });
    expect(mailConfig(env)).toEqual({ url: "smtp://user:pw@smtp.example.nhs.uk:587", from: "Ambitions <ambitions@example.nhs.uk>" });
    expect(problemsOf({ SMTP_URL: "smtp://smtp.example.nhs.uk" })[0]).toMatch(/^MAIL_FROM must be set with SMTP_URL/);
    expect(problemsOf({ SMTP_URL: "https://smtp.example.nhs.uk", MAIL_FROM: "a@b.c" })[0]).toMatch(/^SMTP_URL must be an SMTP server address/);
  });
});
