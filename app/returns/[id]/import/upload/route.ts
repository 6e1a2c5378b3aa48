// The workbook upload (multipart, up to 10 MB): a route handler rather than a Server Action so
// that only this path takes the larger body (lib/security/upload-body-limit.ts). It reads the
// workbook into a pending import and sends the browser to its preview; a refused file goes back
// to the upload page with the reason.
import { z } from "zod";
import { db } from "@/lib/db/prisma";
import { routeHandler } from "@/lib/edge/route-handler";
import { ReturnStateError, WorkbookRefusedError } from "@/lib/errors";
import { boundKeySchema } from "@/lib/forms/bound-argument";
import { createImportPreview } from "@/lib/imports/create-import-preview";
import { cleanUploadName } from "@/lib/imports/clean-upload-name";
import { authoriseReturn } from "@/lib/returns/authorise-return";

const seeOther = (location: string) => new Response(null, { status: 303, headers: { Location: location, "Cache-Control": "no-store" } });

export const POST = routeHandler({
  params: z.object({ id: boundKeySchema }),
  authorise: async ({ id }) => authoriseReturn(id, "return.import", `/returns/${id}/import`, { answers: "none" }),
  run: async ({ user, stored }, _params, request) => {
    const back = (query: Record<string, string>) => seeOther(`/returns/${stored.id}/import?${new URLSearchParams(query)}`);
    let form: FormData;
    try {
      form = await request.formData();
    } catch {
      return back({ error: "unreadable", file: "" });
    }
    const file = form.get("file");
    // A form sent with no file chosen still carries an empty, nameless file.
    if (!(file instanceof File) || (file.size === 0 && file.name === "")) return back({ error: "missing" });
    const fileName = cleanUploadName(file.name);
    try {
      const { importId } = await createImportPreview(db(), { returnId: stored.id, fileName, bytes: new Uint8Array(await file.arrayBuffer()) }, user);
      return seeOther(`/returns/${stored.id}/import/${importId}`);
    } catch (error) {
      if (error instanceof WorkbookRefusedError) return back({ error: error.reason, file: fileName, detail: error.detail });
      if (error instanceof ReturnStateError) return seeOther(`/returns/${stored.id}?done=moved`);
      throw error;
    }
  },
});
