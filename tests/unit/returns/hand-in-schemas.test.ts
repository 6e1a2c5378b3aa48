import { describe, expect, it } from "vitest";
import { reopenSchema } from "../../../app/returns/[id]/reopen/schema";
import { signOffSchema } from "../../../app/returns/[id]/sign-off/schema";
import { submitSchema } from "../../../app/returns/[id]/submit/schema";

describe("the hand-in forms", () => {
  it("submit and sign off only with the declaration ticked, each with its own message", () => {
    expect(submitSchema.safeParse({ declaration: "confirmed" }).success).toBe(true);
    expect(submitSchema.safeParse({}).error?.issues[0]?.message).toBe("Confirm that you have checked the self-assessment");
    expect(submitSchema.safeParse({ declaration: "yes" }).success).toBe(false);
    expect(signOffSchema.safeParse({}).error?.issues[0]?.message).toBe("Confirm the sign-off");
  });

  it("return to draft only with a reason, trimmed, within its limit, without control characters", () => {
    expect(reopenSchema.parse({ reason: "  Figures missing\r\n" })).toEqual({ reason: "Figures missing" });
    expect(reopenSchema.safeParse({ reason: "   " }).error?.issues[0]?.message).toBe("Enter why the self-assessment is being returned to draft");
    expect(reopenSchema.safeParse({}).success).toBe(false);
    expect(reopenSchema.safeParse({ reason: "x".repeat(2_001) }).error?.issues[0]?.message).toBe("Reason must be 2,000 characters or fewer");
    expect(reopenSchema.safeParse({ reason: "a\u0000b" }).success).toBe(false);
  });
});
