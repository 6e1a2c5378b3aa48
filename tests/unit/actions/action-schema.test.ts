import { describe, expect, it } from "vitest";
import { actionSchema, editActionSchema, statusSchema } from "@/app/actions/schema";
import { isOverdue, utcToday } from "@/lib/actions/action-due";

const valid = { wantTo: " Plans for all ", doThisBy: "Training", ownerKind: "organisation", ownerUserId: "", ownerName: "  St   Peter's  Hospice ", dueDate: "2027-03-31" };
const fieldsOf = (result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) => result.error?.issues.map((issue) => issue.path.join(".")) ?? [];

describe("the action form's schema", () => {
  it("reads a named organisation as the owner, trimmed and with spaces collapsed, and the due date as UTC midnight", () => {
    expect(actionSchema.parse(valid)).toEqual({ wantTo: "Plans for all", doThisBy: "Training", owner: { name: "St Peter's Hospice" }, dueDate: new Date("2027-03-31T00:00:00Z") });
  });

  it("reads a person as the owner only with a real id", () => {
    const id = "7b0f1b9e-4c1d-4f8e-9a52-0f6f7d0e8a11";
    expect(actionSchema.parse({ ...valid, ownerKind: "person", ownerUserId: id }).owner).toEqual({ userId: id });
    expect(fieldsOf(actionSchema.safeParse({ ...valid, ownerKind: "person", ownerUserId: "" }))).toEqual(["ownerUserId"]);
  });

  it("names every missing field", () => {
    const result = actionSchema.safeParse({ wantTo: "", doThisBy: " ", ownerKind: "", ownerUserId: "", ownerName: "", dueDate: "" });
    expect(new Set(fieldsOf(result))).toEqual(new Set(["wantTo", "doThisBy", "ownerKind", "dueDate"]));
  });

  it("refuses a named owner left blank, an impossible date and one out of range", () => {
    expect(fieldsOf(actionSchema.safeParse({ ...valid, ownerName: "   " }))).toEqual(["ownerName"]);
    expect(fieldsOf(actionSchema.safeParse({ ...valid, dueDate: "2027-02-30" }))).toEqual(["dueDate"]);
    expect(fieldsOf(actionSchema.safeParse({ ...valid, dueDate: "2150-01-01" }))).toEqual(["dueDate"]);
  });

  it("needs the version an edit was opened at, and a known status", () => {
    expect(editActionSchema.parse({ ...valid, version: "3" }).version).toBe(3);
    expect(fieldsOf(editActionSchema.safeParse({ ...valid, version: "0" }))).toEqual(["version"]);
    expect(fieldsOf(statusSchema.safeParse({ status: "finished", updateNote: "", version: "1" }))).toEqual(["status"]);
  });
});

describe("overdue", () => {
  const today = utcToday(new Date("2026-12-04T18:30:00Z"));
  it("is an open action due before today, never a done or dropped one", () => {
    expect(today.toISOString()).toBe("2026-12-04T00:00:00.000Z");
    expect(isOverdue({ status: "in_progress", dueDate: new Date("2026-12-03T00:00:00Z") }, today)).toBe(true);
    expect(isOverdue({ status: "not_started", dueDate: today }, today)).toBe(false);
    expect(isOverdue({ status: "done", dueDate: new Date("2026-01-01T00:00:00Z") }, today)).toBe(false);
    expect(isOverdue({ status: "dropped", dueDate: new Date("2026-01-01T00:00:00Z") }, today)).toBe(false);
  });
});
