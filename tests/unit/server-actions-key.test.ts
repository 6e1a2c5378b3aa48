import { describe, expect, it } from "vitest";
import { serverActionsKey } from "../../scripts/server-actions-key";

describe("serverActionsKey", () => {
  it("is the same 32-byte AES key on every instance that shares the session secret", () => {
    const secret = "a-session-secret-of-at-least-32-characters";
    const key = serverActionsKey({ NEXTAUTH_SECRET: secret });
    expect(Buffer.from(key, "base64")).toHaveLength(32);
    expect(serverActionsKey({ NEXTAUTH_SECRET: secret })).toBe(key);
    expect(serverActionsKey({ NEXTAUTH_SECRET: `${secret}!` })).not.toBe(key);
    expect(key).not.toContain(secret);
  });

  it("keeps an operator's own key", () => {
    expect(serverActionsKey({ NEXTAUTH_SECRET: "x".repeat(32), NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: "b3duLWtleQ==" })).toBe("b3duLWtleQ==");
  });
});
