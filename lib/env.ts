// The app's configuration, read once from the environment and validated, so a bad value stops
// start-up with one sentence saying what to fix instead of failing later somewhere deep.
import { z } from "zod";
import { ConfigError } from "./errors";

const postgresUrl = z
  .string()
  .trim()
  .refine(
    (value) => {
      try {
        const url = new URL(value);
        return (url.protocol === "postgresql:" || url.protocol === "postgres:") && url.hostname !== "";
      } catch {
        return false;
      }
    },
    {
      message:
        "DATABASE_URL must be a PostgreSQL connection string like postgresql://user:password@host:5432/database.",
    },
  );

const optionalString = z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), z.string().trim().optional());

/** A whole number of milliseconds from 100 to 600000, with a default. */
function milliseconds(name: string, fallback: number, meaning: string) {
  const message = `${name} must be a whole number of milliseconds between 100 and 600000 (${meaning}).`;
  return z.preprocess(
    (v) => (v === undefined || (typeof v === "string" && v.trim() === "") ? String(fallback) : v),
    z
      .string()
      .trim()
      .regex(/^\d+$/, { message })
      .transform(Number)
      .refine((n) => n >= 100 && n <= 600_000, { message }),
  );
}

const envSchema = z
  .object({
    DATABASE_URL: z.preprocess((v) => (v === "" ? undefined : v), postgresUrl.optional()),
    PORT: z.preprocess(
      (v) => (v === undefined || v === "" ? "3000" : v),
      z
        .string()
        .regex(/^\d+$/, { message: "PORT must be a whole number between 1 and 65535." })
        .transform(Number)
        .refine((n) => n >= 1 && n <= 65535, { message: "PORT must be a whole number between 1 and 65535." }),
    ),
    DATA_DIR: z.preprocess((v) => (v === "" ? undefined : v), z.string().default(".data")),
    NODE_ENV: z.enum(["development", "production", "test"]).default("production"),
    // Signs and encrypts the session cookie. npm start generates one for the embedded default
    // and requires it when DATABASE_URL is set (see scripts/auth-secret.ts).
    NEXTAUTH_SECRET: optionalString.pipe(
      z.string().min(32, { message: "NEXTAUTH_SECRET must be at least 32 characters long (e.g. openssl rand -base64 32)." }).optional(),
    ),
    NEXTAUTH_URL: optionalString.pipe(
      z
        .string()
        .refine((value) => /^https?:\/\/[^/]/.test(value) && URL.canParse(value), {
          message: "NEXTAUTH_URL must be the address people use to reach the app, like https://ambitions.example.nhs.uk.",
        })
        .optional(),
    ),
    // How many reverse proxies in front of the app append to X-Forwarded-For; 0 means the
    // socket address is the client (a client could otherwise forge its address and dodge the
    // per-address sign-in limit).
    TRUST_PROXY: z.preprocess(
      (v) => (v === undefined || v === "" ? "0" : v),
      z
        .string()
        .regex(/^\d{1,2}$/, { message: "TRUST_PROXY must be the number of proxies in front of the app (0 when none)." })
        .transform(Number),
    ),
    // Mail for invitations. Unset: invitations are written to the server log and shown to the
    // inviter. Set: sent through this SMTP server (smtps:// for TLS from the start).
    SMTP_URL: optionalString.pipe(
      z
        .string()
        .refine((value) => URL.canParse(value) && /^smtps?:$/.test(new URL(value).protocol) && new URL(value).hostname !== "", {
          message: "SMTP_URL must be an SMTP server address like smtp://user:password@smtp.example.nhs.uk:587 (or smtps:// for TLS).",
        })
        .optional(),
    ),
    MAIL_FROM: optionalString,
    // Every query has a time limit, so a stalled database gives a "service unavailable" page
    // instead of a request that never ends.
    DB_STATEMENT_TIMEOUT_MS: milliseconds("DB_STATEMENT_TIMEOUT_MS", 10_000, "the longest one database statement may run"),
    DB_CONNECT_TIMEOUT_MS: milliseconds("DB_CONNECT_TIMEOUT_MS", 5_000, "the longest to wait for a database connection"),
    AUTH_ENTRA_CLIENT_ID: optionalString,
    AUTH_ENTRA_CLIENT_SECRET: optionalString,
    AUTH_ENTRA_TENANT_ID: optionalString,
  })
  .superRefine((value, context) => {
    if (value.SMTP_URL && !value.MAIL_FROM) {
      context.addIssue({ code: "custom", message: "MAIL_FROM must be set with SMTP_URL: the address invitations come from, like Ambitions self-assessment <ambitions@example.nhs.uk>." });
    }
    const entra = [value.AUTH_ENTRA_CLIENT_ID, value.AUTH_ENTRA_CLIENT_SECRET, value.AUTH_ENTRA_TENANT_ID];
    if (entra.some(Boolean) && !entra.every(Boolean)) {
      context.addIssue({
        code: "custom",
        message:
          "Single sign-on needs all three of AUTH_ENTRA_CLIENT_ID, AUTH_ENTRA_CLIENT_SECRET and AUTH_ENTRA_TENANT_ID (or none of them).",
      });
    }
  });

export type Env = z.infer<typeof envSchema>;

export type EntraConfig = { clientId: string; clientSecret: string; tenantId: string };

/** Microsoft Entra ID single sign-on settings, or null when it is not switched on. */
export function entraConfig(config: Env): EntraConfig | null {
  const { AUTH_ENTRA_CLIENT_ID: clientId, AUTH_ENTRA_CLIENT_SECRET: clientSecret, AUTH_ENTRA_TENANT_ID: tenantId } = config;
  return clientId && clientSecret && tenantId ? { clientId, clientSecret, tenantId } : null;
}

/** The SMTP server invitations are sent through, or null to write them to the server log. */
export function mailConfig(config: Env): { url: string; from: string } | null {
  return config.SMTP_URL && config.MAIL_FROM ? { url: config.SMTP_URL, from: config.MAIL_FROM } : null;
}

export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = envSchema.safeParse(source);
  if (!result.success) {
    throw new ConfigError([...new Set(result.error.issues.map((issue) => issue.message))]);
  }
  return result.data;
}

let cached: Env | undefined;

/** The validated environment of this process (read once). */
export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
