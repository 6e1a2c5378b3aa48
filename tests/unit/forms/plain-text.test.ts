import { describe, expect, it } from "vitest";
import { z } from "zod";
import { optionalDate } from "@/lib/forms/date-field";
import { hasControlCharacter, plainText } from "@/lib/forms/plain-text";
import { detailsSchema } from "@/app/returns/[id]/details/schema";
import { answerSchema, MAX_REVISION } from "@/app/returns/[id]/items/[...key]/schema";
import { newReturnSchema } from "@/app/returns/new/schema";
import { renameSchema } from "@/app/admin/organisations/schemas";
import { inviteSchema } from "@/app/invitations/new/schema";
import { uploadSchema } from "@/app/admin/catalogues/schemas";
import { signInFormSchema } from "@/lib/auth/sign-in-form-schema";
import { newAccountSchema } from "@/app/accept-invitation/[token]/schema";

const messageOf = (result: z.ZodSafeParseResult<unknown>) => result.error?.issues[0]?.message;

describe("plainText", () => {
  const field = plainText({ label: "Evidence", max: 10, tooLong: "too long" });

  it("refuses NUL and every other control character but tab and line breaks, naming the field", () => {
    for (const bad of ["a\u0000b", "\u0001", "x\u0008", "\u000B", "\u000C", "\u001F", "\u007F", "\u0085", "\u009F"]) {
      const result = field.safeParse(bad);
      expect(result.success, JSON.stringify(bad)).toBe(false);
      expect(messageOf(result)).toMatch(/^Evidence contains a hidden control character/);
    }
    expect(field.parse("a\tb\nc\r\nd")).toBe("a\tb\nc\nd");
    expect(field.parse("café ✓ 😀")).toBe("café ✓ 😀");
  });

  it("normalises line breaks and trims before counting, as the browser's maxlength counts", () => {
    // 10 characters in the browser (line breaks as one), 13 as sent (CRLF) before trimming.
    expect(field.parse(" a\r\nb\r\nc\r\nd123 ")).toBe("a\nb\nc\nd123");
    expect(messageOf(field.safeParse("12345678901"))).toBe("too long");
  });

  it("refuses an empty value only when the field is required, and collapses spaces when asked", () => {
    expect(field.parse("   ")).toBe("");
    const name = plainText({ label: "Name", max: 20, tooLong: "too long", missing: "Enter a name", spaces: "collapse" });
    expect(messageOf(name.safeParse("  "))).toBe("Enter a name");
    expect(messageOf(name.safeParse(undefined))).toBe("Enter a name");
    expect(name.parse("  Bath  and \t NE Somerset ")).toBe("Bath and NE Somerset");
  });

  it("knows a control character when it sees one", () => {
    expect(hasControlCharacter("plain text\twith\ttabs\r\n")).toBe(false);
    expect(hasControlCharacter("nul\u0000")).toBe(true);
  });
});

describe("optionalDate", () => {
  const date = optionalDate({ invalid: "invalid", outOfRange: "out of range" });
  it("takes dates from 2000-01-01 to 2099-12-31, refuses others with the range message", () => {
    expect(date.parse("2000-01-01")?.toISOString()).toBe("2000-01-01T00:00:00.000Z");
    expect(date.parse("2099-12-31")?.toISOString()).toBe("2099-12-31T00:00:00.000Z");
    expect(date.parse("")).toBeNull();
    for (const value of ["0000-01-01", "1999-12-31", "2100-01-01", "9999-12-31"]) expect(messageOf(date.safeParse(value)), value).toBe("out of range");
    expect(messageOf(date.safeParse("2026-02-30"))).toBe("invalid");
  });
});

describe("the forms' schemas", () => {
  const details = { title: "2026/27", completedBy: "", versionNote: "", completionDate: "", livedExperience: "" };
  const answer = { level: "2", evidence: "", gaps: "", revision: "0" };

  it("refuse a NUL in each text field with that field's error", () => {
    expect(signInFormSchema.safeParse({ email: "a\u0000@example.nhs.uk", password: "x" }).error?.issues[0]).toMatchObject({
      path: ["email"],
      message: expect.stringMatching(/^Email address contains a hidden control character/),
    });
    for (const key of ["title", "completedBy", "versionNote", "livedExperience"] as const) {
      expect(detailsSchema.safeParse({ ...details, [key]: "x\u0000" }).error?.issues[0]?.path, key).toEqual([key]);
    }
    for (const key of ["evidence", "gaps"] as const) {
      expect(answerSchema.safeParse({ ...answer, [key]: "x\u0000" }).error?.issues[0]?.path, key).toEqual([key]);
    }
    expect(newReturnSchema.safeParse({ organisationId: "x", title: "\u0000" }).error?.issues[0]?.path).toEqual(["title"]);
    expect(renameSchema.safeParse({ name: "Bath\u0000" }).error?.issues[0]?.path).toEqual(["name"]);
    expect(inviteSchema.safeParse({ email: "a@b.nhs.uk\u0000", organisationId: "x", role: "contributor" }).error?.issues[0]?.path).toEqual(["email"]);
    const password = "a long enough passphrase";
    expect(newAccountSchema.safeParse({ name: "Ann\u0000", password, confirmPassword: password }).error?.issues[0]).toMatchObject({
      path: ["name"],
      message: expect.stringMatching(/^Full name contains a hidden control character/),
    });
  });

  it("take a revision from 0 to 2^31 - 1 and nothing else", () => {
    expect(answerSchema.parse({ ...answer, revision: String(MAX_REVISION) }).revision).toBe(2_147_483_647);
    for (const revision of ["2147483648", "99999999999", "-1", "1.5", "1e3", "", "abc", undefined]) {
      const result = answerSchema.safeParse({ ...answer, revision });
      expect(result.success, String(revision)).toBe(false);
      expect(result.error?.issues[0]).toMatchObject({ path: ["revision"], message: "This form could not be read. Reload the page and save again." });
    }
  });

  it("refuse a completion date outside the range, saying the range", () => {
    expect(messageOf(detailsSchema.safeParse({ ...details, completionDate: "0000-01-01" }))).toBe(
      "Date of completion must be between 01/01/2000 and 31/12/2099",
    );
  });

  it("refuse an uploaded file whose name holds a control character", () => {
    const file = new File(["{}"], "catalogue\u0000.json", { type: "application/json" });
    expect(messageOf(uploadSchema.safeParse({ file }))).toMatch(/file name contains a hidden control character/);
  });
});

describe("boundKeySchema", () => {
  it("takes a key a page bound, and refuses a forged one with a control character", async () => {
    const { boundKeySchema } = await import("@/lib/forms/bound-argument");
    expect(boundKeySchema.parse("4.1.2/ambulance")).toBe("4.1.2/ambulance");
    for (const forged of ["1.1.2\u0000", "", "x".repeat(201)]) expect(boundKeySchema.safeParse(forged).success).toBe(false);
  });
});
