import "server-only";
import type { z } from "zod";
import { describeError } from "../copy/describe-error";

type RouteContext = { params: Promise<unknown> };

export interface RouteHandlerSpec<Params, Ctx> {
  /** The path's segments: malformed ones answer 404, like an unknown id. */
  readonly params: z.ZodType<Params>;
  /** 1. Who, on what (a refusal answers 404 and is audited); `null` context for public routes. */
  readonly authorise: (params: Params, request: Request) => Promise<Ctx>;
  /** 2. The library call, answering with the response itself. */
  readonly run: (ctx: Ctx, params: Params, request: Request) => Promise<Response>;
}

const notFound = () => new Response(null, { status: 404, headers: { "Cache-Control": "no-store" } });

/**
 * A route handler taking the edge's steps in order: parse the path, authorise, call lib. Typed
 * errors answer as a page would: refusals and vanished things 404, a refusal lib explains 409
 * with its sentence; anything else is rethrown (a bug, or the database down: 503 upstream).
 */
export function routeHandler<Params, Ctx>(spec: RouteHandlerSpec<Params, Ctx>): (request: Request, context: RouteContext) => Promise<Response> {
  return async (request, context) => {
    const params = spec.params.safeParse(await context.params);
    if (!params.success) return notFound();
    try {
      const ctx = await spec.authorise(params.data, request);
      return await spec.run(ctx, params.data, request);
    } catch (error) {
      const described = describeError(error, { values: {}, formField: "form" });
      if (!described) throw error;
      if (described.kind === "notFound") return notFound();
      return Response.json({ error: described.errors.map((entry) => entry.message).join(" ") }, { status: 409 });
    }
  };
}
