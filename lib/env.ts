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

const envSchema = z.object({
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
});

export type Env = z.infer<typeof envSchema>;

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
