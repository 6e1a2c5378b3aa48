import { describe, expect, it } from "vitest";
import { describeAuditEvent, type AuditSentenceInput } from "../../../lib/audit/describe-audit-event";

const noNames = { actor: null, target: null, organisation: null, user: null };
const event = (overrides: Partial<AuditSentenceInput>): AuditSentenceInput => ({
  action: "sign_in",
  outcome: "success",
  actorEmail: "programme.manager@demo.ambitions.nhs.uk",
  targetType: null,
  details: null,
  names: { ...noNames, actor: "Priya Programme-Manager" },
  ...overrides,
});
const BNSSG = "Bristol, North Somerset and South Gloucestershire";

describe("the audit log's sentences", () => {
  it("names who signed off which self-assessment", () => {
    const names = { ...noNames, actor: "Priya Programme-Manager", target: `2025-26 (${BNSSG})` };
    expect(describeAuditEvent(event({ action: "return.sign_off", targetType: "return", names }))).toBe(`Priya Programme-Manager signed off 2025-26 (${BNSSG})`);
    expect(describeAuditEvent(event({ action: "return.submit", targetType: "return", names }))).toBe(`Priya Programme-Manager submitted 2025-26 (${BNSSG})`);
    expect(describeAuditEvent(event({ action: "return.create", targetType: "return", names }))).toBe(`Priya Programme-Manager started 2025-26 (${BNSSG})`);
  });

  it("says how a sign-in went, with the email tried and the reason in words", () => {
    expect(describeAuditEvent(event({}))).toBe("Priya Programme-Manager signed in");
    expect(describeAuditEvent(event({ details: { method: "entra" } }))).toBe("Priya Programme-Manager signed in with single sign-on");
    expect(describeAuditEvent(event({ outcome: "failure", actorEmail: "x@example.nhs.uk", names: noNames, details: { reason: "wrong_password" } }))).toBe(
      "A sign-in as x@example.nhs.uk failed: wrong password",
    );
    expect(describeAuditEvent(event({ outcome: "denied", actorEmail: "x@example.nhs.uk", names: noNames, details: { reason: "locked" } }))).toBe(
      "A sign-in as x@example.nhs.uk was refused while sign-in was paused",
    );
    expect(describeAuditEvent(event({ action: "sign_in.locked", outcome: "info", details: { scope: "account" } }))).toBe(
      "Sign-in as programme.manager@demo.ambitions.nhs.uk paused after repeated failures",
    );
  });

  it("names the user, role and organisation of a role change", () => {
    const admin = { ...noNames, actor: "Alex Administrator" };
    expect(
      describeAuditEvent(
        event({
          action: "membership.remove",
          targetType: "user",
          names: { ...admin, target: "Casey Contributor" },
          details: { email: "contributor@demo.ambitions.nhs.uk", role: "contributor", organisationName: BNSSG },
        }),
      ),
    ).toBe(`Alex Administrator removed the role contributor of ${BNSSG} from Casey Contributor`);
    expect(
      describeAuditEvent(event({ action: "membership.create", targetType: "membership", names: { ...admin, user: "Casey Contributor", organisation: BNSSG }, details: { role: "board_member" } })),
    ).toBe(`Alex Administrator gave Casey Contributor the role board member of ${BNSSG}`);
    expect(describeAuditEvent(event({ action: "user.disable", targetType: "user", names: admin, details: { email: "gone@example.nhs.uk" } }))).toBe(
      "Alex Administrator disabled the account of gone@example.nhs.uk",
    );
  });

  it("says what was refused without ids, and falls back to the email, then 'Someone'", () => {
    expect(describeAuditEvent(event({ action: "permission.denied", outcome: "denied", targetType: "return", names: { ...noNames, actor: "Casey Contributor" } }))).toBe(
      "Casey Contributor was refused a self-assessment",
    );
    expect(describeAuditEvent(event({ action: "sign_out", names: noNames }))).toBe("programme.manager@demo.ambitions.nhs.uk signed out");
    expect(describeAuditEvent(event({ action: "sign_out", names: noNames, actorEmail: null }))).toBe("Someone signed out");
  });

  it("reads an organisation's rename as kept, and an action it does not know in plain words", () => {
    expect(describeAuditEvent(event({ action: "organisation.rename", targetType: "organisation", details: { from: "Old name", to: "New name" } }))).toBe(
      "Priya Programme-Manager renamed Old name to New name",
    );
    expect(describeAuditEvent(event({ action: "return.reopen", targetType: "return", names: { ...noNames, actor: "Priya Programme-Manager", target: "2025-26 (BNSSG)" } }))).toBe(
      "Priya Programme-Manager: return reopen, 2025-26 (BNSSG)",
    );
  });
});
