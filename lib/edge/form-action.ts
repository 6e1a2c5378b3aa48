import "server-only";
import { revalidatePath } from "next/cache";
import { notFound, redirect } from "next/navigation";
import type { z } from "zod";
import { describeError } from "../copy/describe-error";
import { collectFieldErrors } from "../forms/collect-field-errors";
import { invalidForm, type FormState } from "../forms/form-state";
import { readFormValues } from "../forms/read-form-values";

/** Where an action goes once it has done its work. */
export type ActionOutcome<Done = never> =
  | { readonly revalidate: readonly string[]; readonly redirect: string }
  | { readonly revalidate: readonly string[]; readonly result: Done };

export interface FormActionSpec<Bound extends readonly unknown[], Ctx, Input, Result, Done> {
  /**
   * The arguments a page binds into the form (ids). They travel in the request like any field,
   * so they are parsed too: a forged or malformed one answers 404, like an unknown id.
   */
  readonly bound: z.ZodType<Bound>;
  /** 1. Who, on what: signed in, the stored resource, the policy. Refusals answer 404 (audited). */
  readonly authorise: (bound: Bound) => Promise<Ctx>;
  /** 2. The form's fields, parsed by this schema (which may depend on what was authorised). */
  readonly schema: z.ZodType<Input> | ((ctx: Ctx) => z.ZodType<Input>);
  /** The raw object the schema parses; by default every field by name. */
  readonly fields?: (formData: FormData) => Record<string, unknown>;
  /** Fields never sent back to the browser (passwords). */
  readonly secret?: readonly string[];
  /** The field a refusal about the whole form is shown against. */
  readonly formField: string;
  /** 3. The library call. */
  readonly run: (ctx: Ctx, input: Input) => Promise<Result>;
  /** 4. What changed, and where to go. */
  readonly done: (ctx: Ctx, result: Result, input: Input) => ActionOutcome<Done>;
  /** Pages to render afresh when lib refuses, so they show what changed meanwhile. */
  readonly refreshOnRefusal?: (ctx: Ctx) => readonly string[];
  /** Refusals a form shows better as a page (a used invitation): where to send the person. */
  readonly elsewhere?: (outcome: string, ctx: Ctx) => string | undefined;
}

function defaultFields(formData: FormData): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  for (const key of new Set(formData.keys())) {
    if (key.startsWith("$")) continue;
    const all = formData.getAll(key);
    fields[key] = all.length === 1 ? all[0] : all;
  }
  return fields;
}

/**
 * A form's server action, taking the edge's steps in order: parse the bound ids, authorise,
 * parse the form, call lib, revalidate and move on. Every typed error becomes the form's
 * error (words from lib/copy/describe-error.ts) with what was typed kept, or the same 404
 * as a refusal; anything else (a bug, the database down) is rethrown for the error page.
 */
export function formAction<Bound extends readonly unknown[], Ctx, Input, Result, Done = never>(
  spec: FormActionSpec<Bound, Ctx, Input, Result, Done>,
): (...args: [...Bound, FormState<Done>, FormData]) => Promise<FormState<Done>> {
  return async (...args) => {
    const formData = args[args.length - 1];
    const bound = spec.bound.safeParse(args.slice(0, -2));
    // Forged calls: the wrong ids, or a body that is not a form at all.
    if (!bound.success || !(formData instanceof FormData)) notFound();
    let input: Input;
    const values = readFormValues(formData, spec.secret);
    let ctx: Ctx | undefined;
    let result: Result;
    try {
      ctx = await spec.authorise(bound.data);
      const schema = typeof spec.schema === "function" ? spec.schema(ctx) : spec.schema;
      const parsed = schema.safeParse((spec.fields ?? defaultFields)(formData));
      if (!parsed.success) return invalidForm(collectFieldErrors(parsed.error), values);
      input = parsed.data;
      result = await spec.run(ctx, input);
    } catch (error) {
      const described = describeError(error, { values, formField: spec.formField });
      if (!described) throw error;
      if (described.kind === "notFound") notFound();
      const away = ctx && spec.elsewhere?.(described.outcome, ctx);
      if (away) redirect(away);
      // The page re-renders too, so it shows what changed meanwhile (who saved the item last).
      if (ctx) for (const path of spec.refreshOnRefusal?.(ctx) ?? []) revalidatePath(path);
      return invalidForm(described.errors, { ...values, ...described.values });
    }
    const outcome = spec.done(ctx, result, input);
    for (const path of outcome.revalidate) revalidatePath(path);
    if ("redirect" in outcome) redirect(outcome.redirect);
    return { status: "done", result: outcome.result };
  };
}
