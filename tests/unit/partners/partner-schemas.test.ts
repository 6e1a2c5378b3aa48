// The forms of partners' returns: the reason for a level on the item page, and the choice of
// partners to ask.
import { describe, expect, it } from "vitest";
import { answerSchema } from "@/app/returns/[id]/items/[...key]/schema";
import { requestPartnersSchema } from "@/app/returns/[id]/partners/schema";

const answer = { level: "3", evidence: "", gaps: "", revision: "0" };

describe("answerSchema's levelReason", () => {
  it("is left out when the form does not ask it, so the stored reason stays", () => {
    expect(answerSchema.parse(answer).levelReason).toBeUndefined();
  });
  it("is trimmed text of at most 500 characters, an empty one clearing the reason", () => {
    expect(answerSchema.parse({ ...answer, levelReason: "  Only one team audited.\r\n" }).levelReason).toBe("Only one team audited.");
    expect(answerSchema.parse({ ...answer, levelReason: "" }).levelReason).toBe("");
    const tooLong = answerSchema.safeParse({ ...answer, levelReason: "x".repeat(501) });
    expect(tooLong.success).toBe(false);
    expect(tooLong.error?.issues[0]).toMatchObject({ path: ["levelReason"], message: "Reason for the level must be 500 characters or fewer" });
  });
});

describe("requestPartnersSchema", () => {
  it("takes one or several organisations", () => {
    expect(requestPartnersSchema.parse({ organisationIds: "a" }).organisationIds).toEqual(["a"]);
    expect(requestPartnersSchema.parse({ organisationIds: ["a", "b"] }).organisationIds).toEqual(["a", "b"]);
  });
  it("asks for at least one, against the field", () => {
    for (const organisationIds of [undefined, []]) {
      const parsed = requestPartnersSchema.safeParse({ organisationIds });
      expect(parsed.success).toBe(false);
      expect(parsed.error?.issues[0]).toMatchObject({ path: ["organisationIds"], message: "Choose at least one place or provider" });
    }
  });
});
