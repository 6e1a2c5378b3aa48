import { describe, expect, it } from "vitest";
import { hashPassword } from "../../../lib/auth/hash-password";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, passwordSchema } from "../../../lib/auth/password-policy";
import { verifyPassword } from "../../../lib/auth/verify-password";

describe("passwordSchema", () => {
  it("needs at least 12 characters", () => {
    expect(PASSWORD_MIN_LENGTH).toBe(12);
    expect(passwordSchema.safeParse("a".repeat(11)).error?.issues[0]?.message).toBe("Password must be 12 characters or more");
    expect(passwordSchema.safeParse("a".repeat(12)).success).toBe(true);
  });

  it("accepts any characters: length, not composition, makes a password strong", () => {
    expect(passwordSchema.safeParse("correct horse battery staple").success).toBe(true);
    expect(passwordSchema.safeParse("ünïcødé pässwörd ✓").success).toBe(true);
  });

  it("refuses absurdly long input", () => {
    expect(passwordSchema.safeParse("a".repeat(PASSWORD_MAX_LENGTH)).success).toBe(true);
    expect(passwordSchema.safeParse("a".repeat(PASSWORD_MAX_LENGTH + 1)).error?.issues[0]?.message).toBe(
      `Password must be ${PASSWORD_MAX_LENGTH} characters or fewer`,
    );
  });
});

describe("hashPassword and verifyPassword", () => {
  it("hash with argon2id and verify only the same password", async () => {
    const hash = await hashPassword("a long enough password");
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await verifyPassword(hash, "a long enough password")).toBe(true);
    expect(await verifyPassword(hash, "a long enough passworD")).toBe(false);
  });

  it("salts every hash", async () => {
    expect(await hashPassword("same password here")).not.toBe(await hashPassword("same password here"));
  });

  it("answers false, not an error, with no hash or a malformed one", async () => {
    expect(await verifyPassword(null, "anything at all")).toBe(false);
    expect(await verifyPassword(undefined, "")).toBe(false);
    expect(await verifyPassword("not a hash", "anything at all")).toBe(false);
  });
});
