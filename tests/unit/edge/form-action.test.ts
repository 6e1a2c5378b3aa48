// The edge's one path: steps in order, forged ids and bodies refused as 404, typed errors
// worded by describeError with what was typed kept, anything else rethrown.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";

const revalidated: string[] = [];
vi.mock("next/cache", () => ({ revalidatePath: (path: string) => revalidated.push(path) }));

const { formAction } = await import("@/lib/edge/form-action");
const { buttonAction } = await import("@/lib/edge/button-action");
const { routeHandler } = await import("@/lib/edge/route-handler");
const { copy } = await import("@/lib/copy/en");
const { ConflictError, ForbiddenError, ReturnStateError, StaleAnswerError } = await import("@/lib/errors");

/** What next/navigation's notFound() and redirect() throw, read back the way Next does. */
function digestOf(error: unknown): string {
  return String((error as { digest?: string }).digest ?? error);
}

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.append(key, value);
  return data;
}

const IDLE = { status: "idle" } as const;

beforeEach(() => {
  revalidated.length = 0;
});

describe("formAction", () => {
  const steps: string[] = [];
  const make = (run: () => Promise<unknown> = async () => ({ id: "new" })) =>
    formAction({
      bound: z.tuple([z.uuid()]),
      authorise: async ([id]) => {
        steps.push("authorise");
        return { id };
      },
      schema: z.object({ name: z.string().min(1, { error: "Enter a name" }) }),
      formField: "name",
      run: async () => {
        steps.push("run");
        return run();
      },
      done: ({ id }) => ({ revalidate: [`/things/${id}`], redirect: `/things/${id}?done=1` }),
    });
  const id = "0b7c6f0e-6a43-4f0e-9a55-3f3c2a1b9d10";

  beforeEach(() => {
    steps.length = 0;
  });

  it("authorises, parses, calls lib, revalidates and redirects, in that order", async () => {
    const error = await make()(id, IDLE, form({ name: "Hospice" })).catch((thrown: unknown) => thrown);
    expect(steps).toEqual(["authorise", "run"]);
    expect(revalidated).toEqual([`/things/${id}`]);
    expect(digestOf(error)).toContain(`/things/${id}?done=1`);
  });

  it("answers an invalid form with its errors and what was typed, without calling lib", async () => {
    const state = await make()(id, IDLE, form({ name: "", note: "kept" }));
    expect(state).toMatchObject({ status: "invalid", errors: [{ field: "name", message: "Enter a name" }], values: { name: "", note: "kept" } });
    expect(steps).toEqual(["authorise"]);
  });

  it("answers forged ids and a body that is not a form with 404, before authorising", async () => {
    for (const call of [
      () => make()("not-a-uuid", IDLE, form({ name: "x" })),
      () => make()({ id } as unknown as string, IDLE, form({ name: "x" })),
      () => make()(id, IDLE, { name: "x" } as unknown as FormData),
    ]) {
      expect(digestOf(await call().catch((thrown: unknown) => thrown))).toContain("NEXT_HTTP_ERROR_FALLBACK;404");
    }
    expect(steps).toEqual([]);
  });

  it("words typed errors from lib on the form, keeping what was typed", async () => {
    const duplicate = await make(async () => {
      throw new ConflictError("organisation.duplicateName", "exists");
    })(id, IDLE, form({ name: "St Peter's Hospice" }));
    expect(duplicate).toMatchObject({ status: "invalid", errors: [{ field: "name", message: copy.organisations.errors.duplicateName("St Peter's Hospice") }] });

    const moved = await make(async () => {
      throw new ReturnStateError("submitted", "moved on");
    })(id, IDLE, form({ name: "x" }));
    expect(moved).toMatchObject({ status: "invalid", errors: [{ field: "name", message: copy.returns.item.notDraft }], values: { name: "x" } });

    const stale = await make(async () => {
      throw new StaleAnswerError(7);
    })(id, IDLE, form({ name: "x", revision: "6" }));
    expect(stale).toMatchObject({ status: "invalid", errors: [{ field: "level", message: copy.returns.item.stale }], values: { revision: "7", name: "x" } });
  });

  it("answers lib's policy re-check with the same 404 as a refusal, and rethrows what is not the person's to fix", async () => {
    const refused = await make(async () => {
      throw new ForbiddenError("no");
    })(id, IDLE, form({ name: "x" })).catch((thrown: unknown) => thrown);
    expect(digestOf(refused)).toContain("NEXT_HTTP_ERROR_FALLBACK;404");
    const bug = new TypeError("boom");
    await expect(
      make(async () => {
        throw bug;
      })(id, IDLE, form({ name: "x" })),
    ).rejects.toBe(bug);
    expect(revalidated).toEqual([]);
  });
});

describe("buttonAction", () => {
  it("sends the person to the page that explains a refusal lib words, instead of an error screen", async () => {
    const action = buttonAction({
      bound: z.tuple([z.string()]),
      authorise: async ([id]) => ({ id }),
      run: async () => {
        throw new ReturnStateError("signed_off", "moved on");
      },
      done: ({ id }, settled) => ({ revalidate: [`/r/${id}`], redirect: `/r/${id}?done=${settled.ok ? "ok" : settled.outcome}` }),
    });
    const thrown = await action("abc", new FormData()).catch((error: unknown) => error);
    expect(digestOf(thrown)).toContain("/r/abc?done=moved");
    expect(digestOf(await action(42 as unknown as string).catch((error: unknown) => error))).toContain("NEXT_HTTP_ERROR_FALLBACK;404");
  });
});

describe("routeHandler", () => {
  const handler = routeHandler({
    params: z.object({ id: z.uuid() }),
    authorise: async ({ id }) => ({ id }),
    run: async ({ id }) => {
      if (id.startsWith("0")) throw new ForbiddenError("no");
      return new Response(id);
    },
  });

  it("answers malformed path segments and refusals from lib with 404, and runs otherwise", async () => {
    const request = new Request("http://localhost/x");
    expect((await handler(request, { params: Promise.resolve({ id: "nope" }) })).status).toBe(404);
    expect((await handler(request, { params: Promise.resolve({ id: "0b7c6f0e-6a43-4f0e-9a55-3f3c2a1b9d10" }) })).status).toBe(404);
    const ok = await handler(request, { params: Promise.resolve({ id: "9b7c6f0e-6a43-4f0e-9a55-3f3c2a1b9d10" }) });
    expect(ok.status).toBe(200);
    expect(await ok.text()).toBe("9b7c6f0e-6a43-4f0e-9a55-3f3c2a1b9d10");
  });
});
