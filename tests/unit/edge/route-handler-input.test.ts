// routeHandler's optional input step: after authorising, the JSON body or the query parsed with
// zod; what fails answers 400 naming the field, a body over the limit 413, before lib runs.
import { describe, expect, it } from "vitest";
import { z } from "zod";

const { routeHandler } = await import("@/lib/edge/route-handler");
const { ReturnStateError } = await import("@/lib/errors");

const context = { params: Promise.resolve({}) };

describe("routeHandler with a JSON body", () => {
  const steps: string[] = [];
  const handler = routeHandler({
    params: z.unknown(),
    authorise: async (_params, request) => {
      steps.push("authorise");
      if (request.headers.get("x-anonymous")) throw new ReturnStateError("submitted", "no");
      return { who: "me" };
    },
    input: { from: "json", schema: z.object({ level: z.number({ error: "Level must be a number" }), note: z.string().optional() }), maxBytes: 100 },
    answerError: (error) => (error instanceof ReturnStateError ? Response.json({ status: "not-draft" }, { status: 409 }) : undefined),
    run: async (ctx, _params, _request, input) => {
      steps.push("run");
      return Response.json({ ...ctx, ...input });
    },
  });
  const post = (body: string, headers: Record<string, string> = {}) => handler(new Request("http://localhost/x", { method: "POST", body, headers }), context);

  it("passes the parsed body to run, after authorise", async () => {
    steps.length = 0;
    const response = await post(JSON.stringify({ level: 3, extra: "dropped" }));
    expect(await response.json()).toEqual({ who: "me", level: 3 });
    expect(steps).toEqual(["authorise", "run"]);
  });

  it("answers 400 with each field's error, or field body for what is not JSON, and never runs", async () => {
    steps.length = 0;
    const invalid = await post(JSON.stringify({ level: "three" }));
    expect(invalid.status).toBe(400);
    expect(await invalid.json()).toEqual({ status: "invalid", errors: [{ field: "level", message: "Level must be a number" }] });
    const garbage = await post("{");
    expect(garbage.status).toBe(400);
    expect(await garbage.json()).toMatchObject({ errors: [{ field: "body" }] });
    expect(steps).toEqual(["authorise", "authorise"]);
  });

  it("answers 413 for a body over maxBytes however it was sent", async () => {
    expect((await post(JSON.stringify({ level: 1, note: "x".repeat(200) }))).status).toBe(413);
  });

  it("lets the route answer typed errors in its own way, before the default", async () => {
    const refused = await post("{}", { "x-anonymous": "1" });
    expect(refused.status).toBe(409);
    expect(await refused.json()).toEqual({ status: "not-draft" });
  });
});

describe("routeHandler with a query", () => {
  const handler = routeHandler({
    params: z.unknown(),
    authorise: async () => null,
    input: { from: "query", schema: z.object({ since: z.iso.datetime({ error: "since must be a time" }).optional() }) },
    run: async (_ctx, _params, _request, input) => Response.json(input),
  });

  it("parses the query string, and answers 400 naming a bad parameter", async () => {
    expect(await (await handler(new Request("http://localhost/x?since=2026-12-04T10:00:00Z"), context)).json()).toEqual({ since: "2026-12-04T10:00:00Z" });
    expect(await (await handler(new Request("http://localhost/x"), context)).json()).toEqual({});
    const bad = await handler(new Request("http://localhost/x?since=soon"), context);
    expect(bad.status).toBe(400);
    expect(await bad.json()).toEqual({ status: "invalid", errors: [{ field: "since", message: "since must be a time" }] });
  });
});
