import "server-only";
import type { z } from "zod";
import { describeError } from "../copy/describe-error";
import { collectFieldErrors } from "../forms/collect-field-errors";
import { BODY_LIMIT_BYTES } from "../security/body-limit";

type RouteContext = { params: Promise<unknown> };

/** Where a route's input comes from: the JSON body, or the query string (one value per name). */
export interface RouteInputSpec<Input> {
  readonly from: "json" | "query";
  readonly schema: z.ZodType<Input>;
  /** The largest JSON body taken, in bytes (default: the service's body limit); larger answers 413. */
  readonly maxBytes?: number;
}

export interface RouteHandlerSpec<Params, Ctx, Input = undefined> {
  /** The path's segments: malformed ones answer 404, like an unknown id. */
  readonly params: z.ZodType<Params>;
  /** 1. Who, on what (a refusal answers 404 and is audited); `null` context for public routes. */
  readonly authorise: (params: Params, request: Request) => Promise<Ctx>;
  /**
   * 2. Optional: the body or query, parsed with zod after authorising (so an anonymous caller
   * learns nothing from its errors). Invalid input answers 400 { status: "invalid", errors:
   * [{ field, message }] }; a body that is not JSON, the same with field "body".
   */
  readonly input?: RouteInputSpec<Input>;
  /** 3. The library call, answering with the response itself. */
  readonly run: (ctx: Ctx, params: Params, request: Request, input: Input) => Promise<Response>;
  /**
   * Typed errors a route answers in its own way (a JSON API's statuses), tried before the
   * default; undefined leaves the error to the default.
   */
  readonly answerError?: (error: unknown) => Response | undefined;
}

const NO_STORE = { "Cache-Control": "no-store" };
const notFound = () => new Response(null, { status: 404, headers: NO_STORE });
const invalid = (errors: readonly { field: string; message: string }[]) => Response.json({ status: "invalid", errors }, { status: 400, headers: NO_STORE });

type Parsed<Input> = { ok: true; input: Input } | { ok: false; response: Response };

async function readInput<Input>(spec: RouteInputSpec<Input>, request: Request): Promise<Parsed<Input>> {
  let raw: unknown;
  if (spec.from === "query") {
    raw = Object.fromEntries(new URL(request.url).searchParams);
  } else {
    // Counted as read, not as declared: a chunked body has no Content-Length for proxy.ts to check.
    const bytes = new Uint8Array(await request.arrayBuffer());
    if (bytes.byteLength > (spec.maxBytes ?? BODY_LIMIT_BYTES)) return { ok: false, response: new Response(null, { status: 413, headers: NO_STORE }) };
    try {
      raw = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
    } catch {
      return { ok: false, response: invalid([{ field: "body", message: "The request body is not JSON." }]) };
    }
  }
  const parsed = spec.schema.safeParse(raw);
  if (!parsed.success) return { ok: false, response: invalid(collectFieldErrors(parsed.error)) };
  return { ok: true, input: parsed.data };
}

/**
 * A route handler taking the edge's steps in order: parse the path, authorise, parse the input
 * (when the route takes any), call lib. Typed errors answer as a page would: refusals and
 * vanished things 404, a refusal lib explains 409 with its sentence (unless the route answers
 * them itself); anything else is rethrown (a bug, or the database down: 503 upstream).
 */
export function routeHandler<Params, Ctx, Input = undefined>(
  spec: RouteHandlerSpec<Params, Ctx, Input>,
): (request: Request, context: RouteContext) => Promise<Response> {
  return async (request, context) => {
    const params = spec.params.safeParse(await context.params);
    if (!params.success) return notFound();
    try {
      const ctx = await spec.authorise(params.data, request);
      let input = undefined as Input;
      if (spec.input) {
        const parsed = await readInput(spec.input, request);
        if (!parsed.ok) return parsed.response;
        input = parsed.input;
      }
      return await spec.run(ctx, params.data, request, input);
    } catch (error) {
      const own = spec.answerError?.(error);
      if (own) return own;
      const described = describeError(error, { values: {}, formField: "form" });
      if (!described) throw error;
      if (described.kind === "notFound") return notFound();
      return Response.json({ error: described.errors.map((entry) => entry.message).join(" ") }, { status: 409 });
    }
  };
}
