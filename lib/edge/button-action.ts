import "server-only";
import { revalidatePath } from "next/cache";
import { notFound, redirect } from "next/navigation";
import type { z } from "zod";
import { describeError, type ErrorDescription } from "../copy/describe-error";

type Outcome = Extract<ErrorDescription, { kind: "refused" }>["outcome"];

export interface ButtonActionSpec<Bound extends readonly unknown[], Ctx, Result> {
  /** The ids the page binds into the button's form: forgeable, so parsed; malformed answers 404. */
  readonly bound: z.ZodType<Bound>;
  /** 1. Who, on what. Refusals answer 404 (audited). */
  readonly authorise: (bound: Bound) => Promise<Ctx>;
  /** 2. The library call (a button has no fields to parse). */
  readonly run: (ctx: Ctx) => Promise<Result>;
  /**
   * A page that explains a refusal better than a 404, for a resource the person already holds
   * (an invitation link opened while signed in as someone else).
   */
  readonly explainedAt?: (ctx: Ctx) => string;
  /** 3. What changed, and the page that says what happened (`outcome` when lib refused). */
  readonly done: (ctx: Ctx, outcome: { ok: true; result: Result } | { ok: false; outcome: Outcome }) => {
    readonly revalidate: readonly string[];
    readonly redirect: string;
  };
}

/**
 * An action behind a single button (submit, sign off, disable): the edge's steps in order, and
 * a refusal lib explains (the return moved on, it is your own account) becomes the page's
 * message instead of an error screen.
 */
export function buttonAction<Bound extends readonly unknown[], Ctx, Result>(
  spec: ButtonActionSpec<Bound, Ctx, Result>,
): (...args: [...Bound, ...unknown[]]) => Promise<void> {
  return async (...args) => {
    // A plain <form action> passes its (empty) form data after the bound ids.
    const bound = spec.bound.safeParse(args.at(-1) instanceof FormData ? args.slice(0, -1) : args);
    if (!bound.success) notFound();
    const ctx = await spec.authorise(bound.data);
    let settled: { ok: true; result: Result } | { ok: false; outcome: Outcome };
    try {
      settled = { ok: true, result: await spec.run(ctx) };
    } catch (error) {
      const described = describeError(error, { values: {}, formField: "form" });
      if (!described) throw error;
      if (described.kind === "notFound") {
        const explained = spec.explainedAt?.(ctx);
        if (explained) redirect(explained);
        notFound();
      }
      settled = { ok: false, outcome: described.outcome };
    }
    const next = spec.done(ctx, settled);
    for (const path of next.revalidate) revalidatePath(path);
    redirect(next.redirect);
  };
}

