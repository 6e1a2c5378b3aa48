import { describe, expect, it } from "vitest";
import { detailsSchema } from "@/app/returns/[id]/details/schema";
import { answerSchema, NOT_RATED } from "@/app/returns/[id]/items/[...key]/schema";

const details = { title: "2026/27", completedBy: "", versionNote: "", completionDate: "", livedExperience: "" };

describe("the details form", () => {
  it("takes a real date or none, and refuses impossible dates with the page's sentence", () => {
    expect(detailsSchema.parse({ ...details, completionDate: "2026-11-30" }).completionDate?.toISOString()).toBe("2026-11-30T00:00:00.000Z");
    expect(detailsSchema.parse(details).completionDate).toBeNull();
    for (const completionDate of ["2026-02-30", "30/11/2026", "2026-1-3"]) {
      const result = detailsSchema.safeParse({ ...details, completionDate });
      expect(result.success, completionDate).toBe(false);
      expect(result.error?.issues[0]?.message).toBe("Date of completion must be a real date, like 30/11/2026");
    }
  });

  it("keeps line breaks in one form and trims the ends", () => {
    expect(detailsSchema.parse({ ...details, livedExperience: " Carers' forum\r\nHospice users \r\n" }).livedExperience).toBe("Carers' forum\nHospice users");
  });
});

describe("the item form", () => {
  it("reads not rated as null, apart from level 0, and refuses anything else", () => {
    const base = { evidence: "", gaps: "", revision: "0" };
    expect(answerSchema.parse({ ...base, level: NOT_RATED }).level).toBeNull();
    expect(answerSchema.parse({ ...base, level: "0" }).level).toBe(0);
    expect(answerSchema.parse({ ...base, level: "5", revision: "3" })).toMatchObject({ level: 5, revision: 3 });
    for (const level of ["6", "-1", "3.5", "", undefined]) {
      expect(answerSchema.safeParse({ ...base, level }).success, String(level)).toBe(false);
    }
    expect(answerSchema.safeParse({ ...base, level: "2", evidence: "x".repeat(10_001) }).error?.issues[0]?.path).toEqual(["evidence"]);
  });
});
