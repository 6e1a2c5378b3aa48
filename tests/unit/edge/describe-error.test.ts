// Every typed error a person can meet has its sentence in one place; refusals look like 404s.
import { describe, expect, it } from "vitest";
import { describeError } from "@/lib/copy/describe-error";
import { copy } from "@/lib/copy/en";
import {
  CatalogueConflictError,
  CatalogueInvalidError,
  ConfigError,
  ConflictError,
  DatabaseUnreachableError,
  ForbiddenError,
  InvitationUnusableError,
  NotFoundError,
  ReturnStateError,
  StaleAnswerError,
  UnreadableFileError,
  ValidationError,
  type ConflictReason,
} from "@/lib/errors";

const context = { values: { name: "St Peter's Hospice", email: "sam@example.nhs.uk", role: "programme_manager" }, formField: "title" };

describe("describeError", () => {
  it("answers refusals and vanished things as not found", () => {
    expect(describeError(new ForbiddenError("no"), context)).toEqual({ kind: "notFound" });
    expect(describeError(new NotFoundError("gone"), context)).toEqual({ kind: "notFound" });
  });

  it("words every conflict reason", () => {
    const reasons: ConflictReason[] = ["organisation.duplicateName", "membership.exists", "user.exists", "answer.stale", "user.self"];
    for (const reason of reasons) {
      const described = describeError(new ConflictError(reason, "internal wording"), context);
      expect(described, reason).toMatchObject({ kind: "refused" });
      if (described?.kind === "refused") expect(described.errors[0]!.message, reason).not.toBe("internal wording");
    }
    expect(describeError(new ConflictError("membership.exists", "x"), context)).toMatchObject({
      errors: [{ field: "email", message: copy.invitations.errors.alreadyMember("sam@example.nhs.uk", "Programme manager") }],
    });
  });

  it("puts whole-form refusals against the form's own field, and carries a colleague's revision", () => {
    expect(describeError(new ReturnStateError("submitted", "x"), context)).toMatchObject({ outcome: "moved", errors: [{ field: "title", message: copy.returns.item.notDraft }] });
    expect(describeError(new StaleAnswerError(12), context)).toMatchObject({ outcome: "stale", values: { revision: "12" } });
    expect(describeError(new InvitationUnusableError(), context)).toMatchObject({ outcome: "unusable" });
  });

  it("words validation by its reason, naming the organisation kind a role cannot belong to", () => {
    expect(describeError(new ValidationError("role", "role.notHeldOn", "x", "region"), { ...context, values: { role: "contributor" } })).toMatchObject({
      errors: [{ field: "role", message: copy.invitations.errors.roleNotHeld("Contributor", "region") }],
    });
    expect(describeError(new ValidationError("assignees", "assignee.notEligible", "x"), context)).toMatchObject({
      errors: [{ field: "assignees", message: copy.returns.assign.notEligible }],
    });
  });

  it("lists a bad catalogue's problems by their place in the file, capped with a count of the rest", () => {
    const problems = Array.from({ length: 30 }, (_, index) => ({ path: `ambitions[${index}].name`, message: "Required" }));
    const described = describeError(new CatalogueInvalidError("cat.json", problems), context);
    expect(described?.kind === "refused" && described.errors).toHaveLength(26);
    expect(describeError(new CatalogueConflictError("regional-2021"), context)).toMatchObject({ errors: [{ field: "file" }] });
    expect(describeError(new UnreadableFileError("cat.json", "not JSON"), context)).toMatchObject({ errors: [{ field: "file" }] });
  });

  it("leaves what is not the person's to fix to the error page: bugs, configuration, the database", () => {
    for (const error of [new TypeError("bug"), new ConfigError(["x"]), new DatabaseUnreachableError("down"), "thrown string"]) {
      expect(describeError(error, context)).toBeNull();
    }
  });
});
