import { beforeEach, describe, expect, it } from "vitest";
import {
  databaseFailureSince,
  describeDatabaseOutage,
  knownDatabaseOutage,
  recordDatabaseFailure,
  recordDatabaseSuccess,
  resetDatabaseOutage,
} from "../../../lib/db/database-outage";

function withCode(message: string, code: string): Error {
  return Object.assign(new Error(message), { code });
}

describe("describeDatabaseOutage", () => {
  it.each([
    [withCode("connect ECONNREFUSED 127.0.0.1:5432", "ECONNREFUSED"), "connection refused"],
    [withCode("read ECONNRESET", "ECONNRESET"), "connection reset"],
    [new Error("timeout exceeded when trying to connect"), "no connection within the connect timeout"],
    [new Error("Connection terminated due to connection timeout"), "no connection within the connect timeout"],
    [new Error("Query read timeout"), "no answer within the query timeout"],
    [new Error("Connection terminated unexpectedly"), "connection lost"],
    [withCode("terminating connection due to administrator command", "57P01"), "the server is shutting down"],
    [withCode("the database system is starting up", "57P03"), "the server is starting up"],
    [withCode("canceling statement due to statement timeout", "57014"), "a query ran past the statement timeout"],
    [withCode("connection failure", "08006"), "connection failure"],
    [withCode("Can't reach database server", "P1001"), "connection refused"],
    // Prisma keeps the driver's error as the cause, or only its words in its own message.
    [new Error("Invalid invocation", { cause: withCode("connect ECONNREFUSED", "ECONNREFUSED") }), "connection refused"],
    [new Error("Raw query failed. Code: `N/A`. Message: `Query read timeout`"), "no answer within the query timeout"],
    [Object.assign(new Error("Invalid invocation"), { code: "P2010", meta: { driverAdapterError: { cause: { kind: "DatabaseNotReachable" } } } }), "connection refused"],
    [Object.assign(new Error("aggregate"), { errors: [withCode("connect ECONNREFUSED ::1:5432", "ECONNREFUSED")] }), "connection refused"],
  ])("names %s an outage: %s", (error, reason) => {
    expect(describeDatabaseOutage(error)).toBe(reason);
  });

  it.each([
    withCode('duplicate key value violates unique constraint "user_email_key"', "23505"),
    withCode('relation "nothing" does not exist', "42P01"),
    withCode("Unique constraint failed", "P2002"),
    new TypeError("Cannot read properties of undefined"),
    "a string",
    null,
  ])("does not call %s an outage", (error) => {
    expect(describeDatabaseOutage(error)).toBeNull();
  });
});

describe("the recorded outage", () => {
  beforeEach(() => resetDatabaseOutage());

  it("says whether a request's time saw a failure", () => {
    expect(databaseFailureSince(0)).toBeNull();
    expect(recordDatabaseFailure(new Error("not an outage"), 1_000)).toBeNull();
    expect(databaseFailureSince(0)).toBeNull();
    recordDatabaseFailure(withCode("connect ECONNREFUSED", "ECONNREFUSED"), 2_000);
    expect(databaseFailureSince(1_500)).toBe("connection refused");
    expect(databaseFailureSince(2_500)).toBeNull();
  });

  it("answers at once only for a recent stall with nothing succeeding since", () => {
    recordDatabaseFailure(withCode("connect ECONNREFUSED", "ECONNREFUSED"), 1_000);
    expect(knownDatabaseOutage(3_000, 1_500)).toBeNull();
    recordDatabaseFailure(new Error("Query read timeout"), 2_000);
    expect(knownDatabaseOutage(3_000, 2_500)).toBe("no answer within the query timeout");
    expect(knownDatabaseOutage(3_000, 5_500)).toBeNull();
    recordDatabaseSuccess(2_600);
    expect(knownDatabaseOutage(3_000, 2_700)).toBeNull();
  });
});
