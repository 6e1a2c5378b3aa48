import { describe, expect, it } from "vitest";
import { detailsSchema } from "@/app/returns/[id]/details/schema";
import { answerSchema, NOT_RATED } from "@/app/returns/[id]/items/[...key]/schema";
import { joinDateParts, splitDate } from "@/lib/forms/date-field";

const details = { title: "2026/27", completedBy: "", versionNote: "", completionDate: "", livedExperience: "" };

describe("the details form", () => {
  it("takes a real date or none, and refuses impossible dates with the page's sentence", () => {
    expect(detailsSchema.parse({ ...details, completionDate: "2026-11-30" }).completionDate?.toISOString()).toBe("2026-11-30T00:00:00.000Z");
    expect(detailsSchema.parse(details).completionDate).toBeNull();
    for (const completionDate of ["2026-02-30", "30/11/2026", "2026-1-3"]) {
      const result = detailsSchema.safeParse({ ...details, completionDate });
      expect(result.success, completionDate).toBe(false);
      expect(result.error?.issues[0]?.message).toBe("Date of completion must be a real date, like 30 11 2026");
    }
  });

  it("joins the date input's day, month and year, so one rule and one error cover the whole date", () => {
    const parse = (day: string, month: string, year: string) => detailsSchema.safeParse({ ...details, completionDate: joinDateParts({ day, month, year }) });
    expect(parse("30", "11", "2026").data?.completionDate?.toISOString()).toBe("2026-11-30T00:00:00.000Z");
    expect(parse(" 3 ", "1", "2026").data?.completionDate?.toISOString()).toBe("2026-01-03T00:00:00.000Z");
    expect(parse("", "", "").data?.completionDate).toBeNull();
    for (const [day, month, year] of [["31", "2", "2026"], ["30", "11", ""], ["30", "11", "26"], ["x", "11", "2026"], ["30", "13", "2026"]]) {
      const result = parse(day!, month!, year!);
      expect(result.error?.issues.map((issue) => issue.message), `${day} ${month} ${year}`).toEqual(["Date of completion must be a real date, like 30 11 2026"]);
    }
    expect(parse("31", "12", "1999").error?.issues[0]?.message).toBe("Date of completion must be between 01/01/2000 and 31/12/2099");
    expect(splitDate(new Date("2026-01-03T00:00:00Z"))).toEqual({ day: "3", month: "1", year: "2026" });
    expect(splitDate(null)).toEqual({ day: "", month: "", year: "" });
  });

  it("names the field in a too-long message", () => {
    expect(detailsSchema.safeParse({ ...details, versionNote: "v".repeat(2_001) }).error?.issues[0]?.message).toBe("Version control must be 2,000 characters or fewer");
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
    const tooLong = answerSchema.safeParse({ ...base, level: "2", evidence: "x".repeat(10_001) }).error?.issues[0];
    expect(tooLong?.path).toEqual(["evidence"]);
    expect(tooLong?.message).toBe("Evidence must be 10,000 characters or fewer");
    expect(answerSchema.safeParse({ ...base, level: "2", gaps: "x".repeat(10_001) }).error?.issues[0]?.message).toBe("Gaps must be 10,000 characters or fewer");
  });
});
