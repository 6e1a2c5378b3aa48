import { describe, expect, it } from "vitest";
import { auditBucket, type AuditEventInput } from "../../../lib/audit/record-audit-event";

const at = (minute: number, second: number) => new Date(Date.UTC(2026, 11, 3, 9, minute, second, 250));
const refusal: AuditEventInput = { action: "permission.denied", outcome: "denied", actorId: "u1", actorEmail: "a@nhs.net", targetType: "return", targetId: "r1", ip: "10.0.0.1" };

describe("auditBucket", () => {
  it("puts one person's refusals of one kind of thing within a minute together, whatever the id", () => {
    expect(auditBucket(refusal, at(30, 0))).toBe(auditBucket({ ...refusal, targetId: "r2", ip: "10.0.0.2" }, at(30, 59)));
  });

  it("separates minutes, people, target types and outcomes", () => {
    const key = auditBucket(refusal, at(30, 0));
    expect(auditBucket(refusal, at(31, 0))).not.toBe(key);
    expect(auditBucket({ ...refusal, actorId: "u2" }, at(30, 0))).not.toBe(key);
    expect(auditBucket({ ...refusal, targetType: "organisation" }, at(30, 0))).not.toBe(key);
  });

  it("counts someone not signed in by address, never by the email they typed", () => {
    const paused = (email: string, ip: string | null): AuditEventInput => ({ action: "sign_in", outcome: "denied", actorEmail: email, ip });
    expect(auditBucket(paused("a@nhs.net", "192.0.2.7"), at(5, 1))).toBe(auditBucket(paused("b@nhs.net", "192.0.2.7"), at(5, 2)));
    expect(auditBucket(paused("a@nhs.net", "192.0.2.7"), at(5, 1))).not.toBe(auditBucket(paused("a@nhs.net", "192.0.2.8"), at(5, 1)));
    expect(auditBucket(paused("a@nhs.net", null), at(5, 1))).toBe(auditBucket(paused("b@nhs.net", null), at(5, 1)));
  });

  it("writes every other event on its own", () => {
    expect(auditBucket({ action: "sign_in", outcome: "success", actorId: "u1" }, at(1, 0))).toBeNull();
    expect(auditBucket({ action: "sign_in", outcome: "failure", actorEmail: "a@nhs.net", ip: "10.0.0.1" }, at(1, 0))).toBeNull();
    expect(auditBucket({ action: "membership.remove", outcome: "success", actorId: "u1" }, at(1, 0))).toBeNull();
  });
});
