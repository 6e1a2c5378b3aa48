// The 503 around Next, on a real node http server with a stand-in for Next's handler.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { recordDatabaseFailure, resetDatabaseOutage } from "../../../lib/db/database-outage";
import {
  answerKnownOutage,
  renderServiceUnavailablePage,
  replaceOutageErrors,
} from "../../../lib/health/service-unavailable-response";

// What the stand-in does for each path: the status it sends, and whether the database failed.
const routes: Record<string, { status: number; outage?: "refused" | "stall"; stream?: boolean }> = {
  "/db-down": { status: 500, outage: "refused" },
  "/stalled": { status: 500, outage: "stall" },
  "/bug": { status: 500 },
  "/missing": { status: 404, outage: "refused" },
  "/health-like": { status: 503, outage: "refused" },
  "/streamed": { status: 200, outage: "refused", stream: true },
};

let server: http.Server;
let base = "";

beforeAll(async () => {
  server = http.createServer((req, res) => {
    if (answerKnownOutage(req, res)) return;
    replaceOutageErrors(req, res);
    const route = routes[req.url ?? ""] ?? { status: 200 };
    if (route.stream) {
      res.write("<p>first part</p>");
      recordDatabaseFailure(Object.assign(new Error("connect ECONNREFUSED"), { code: "ECONNREFUSED" }));
      res.end("<p>error</p>");
      return;
    }
    if (route.outage === "refused") recordDatabaseFailure(Object.assign(new Error("connect ECONNREFUSED"), { code: "ECONNREFUSED" }));
    if (route.outage === "stall") recordDatabaseFailure(new Error("Query read timeout"));
    res.statusCode = route.status;
    res.setHeader("content-type", "text/html");
    res.setHeader("x-next-secret", "internal");
    res.write("<p>Next's own page</p>");
    res.end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => resetDatabaseOutage());

describe("replaceOutageErrors", () => {
  it("turns a 500 during a database outage into the 503 page", async () => {
    const response = await fetch(`${base}/db-down`);
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("30");
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(response.headers.get("content-security-policy")).toContain("default-src 'self'");
    expect(response.headers.get("x-next-secret")).toBeNull();
    const body = await response.text();
    expect(body).toContain("<h1>Sorry, the service is unavailable</h1>");
    expect(body).not.toContain("Next's own page");
  });

  it("leaves a 500 without a database failure, a 404, the app's own 503 and a page already streaming alone", async () => {
    const bug = await fetch(`${base}/bug`);
    expect([bug.status, await bug.text()]).toEqual([500, "<p>Next's own page</p>"]);
    expect((await fetch(`${base}/missing`)).status).toBe(404);
    const health = await fetch(`${base}/health-like`);
    expect([health.status, await health.text()]).toEqual([503, "<p>Next's own page</p>"]);
    const streamed = await fetch(`${base}/streamed`);
    expect([streamed.status, await streamed.text()]).toEqual([200, "<p>first part</p><p>error</p>"]);
  });

  it("after a stall answers reads at once, but never static files or the health check", async () => {
    expect((await fetch(`${base}/stalled`)).status).toBe(503);
    const page = await fetch(`${base}/anything`);
    expect(page.status).toBe(503);
    expect((await fetch(`${base}/nhsuk/nhsuk-frontend.min.css`)).status).toBe(200);
    expect((await fetch(`${base}/api/health`)).status).toBe(200);
    expect((await fetch(`${base}/anything`, { method: "POST" })).status).toBe(200);
  });
});

describe("renderServiceUnavailablePage", () => {
  it("is a whole page with the design system's stylesheet and no script or inline style", () => {
    const page = renderServiceUnavailablePage();
    expect(page).toMatch(/^<!DOCTYPE html>/);
    expect(page).toContain('<html lang="en-GB">');
    expect(page).toContain('<link rel="stylesheet" href="/nhsuk/nhsuk-frontend.min.css">');
    expect(page).toContain("Try again in a few minutes.");
    expect(page).not.toMatch(/<script|style=|<style/);
  });
});
