import { describe, expect, it } from "vitest";
import { parseEnv } from "../../../lib/env";
import { ConfigError } from "../../../lib/errors";

describe("DB_STATEMENT_TIMEOUT_MS and DB_CONNECT_TIMEOUT_MS", () => {
  it("default to 10 s and 5 s", () => {
    expect(parseEnv({})).toMatchObject({ DB_STATEMENT_TIMEOUT_MS: 10_000, DB_CONNECT_TIMEOUT_MS: 5_000 });
    expect(parseEnv({ DB_STATEMENT_TIMEOUT_MS: "", DB_CONNECT_TIMEOUT_MS: " " })).toMatchObject({
      DB_STATEMENT_TIMEOUT_MS: 10_000,
      DB_CONNECT_TIMEOUT_MS: 5_000,
    });
  });

  it("take whole milliseconds", () => {
    expect(parseEnv({ DB_STATEMENT_TIMEOUT_MS: "2000", DB_CONNECT_TIMEOUT_MS: "1500" })).toMatchObject({
      DB_STATEMENT_TIMEOUT_MS: 2_000,
      DB_CONNECT_TIMEOUT_MS: 1_500,
    });
  });

  it.each(["10s", "-1", "1.5", "50", "600001"])("refuse %s with a sentence naming the variable", (value) => {
    expect(() => parseEnv({ DB_CONNECT_TIMEOUT_MS: value })).toThrow(ConfigError);
    try {
      parseEnv({ DB_CONNECT_TIMEOUT_MS: value });
    } catch (error) {
      expect((error as ConfigError).problems).toEqual([
        "DB_CONNECT_TIMEOUT_MS must be a whole number of milliseconds between 100 and 600000 (the longest to wait for a database connection).",
      ]);
    }
  });
});
