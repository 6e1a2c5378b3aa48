// A return as the regional workbook, for anyone who may read it, in every status.
import { z } from "zod";
import { db } from "@/lib/db/prisma";
import { routeHandler } from "@/lib/edge/route-handler";
import { attachmentDisposition } from "@/lib/files/attachment-disposition";
import { boundKeySchema } from "@/lib/forms/bound-argument";
import { authoriseReturn } from "@/lib/returns/authorise-return";
import { XLSX_CONTENT_TYPE } from "@/lib/xlsx/content-type";
import { exportStoredReturn } from "@/lib/xlsx/export-stored-return";

export const GET = routeHandler({
  params: z.object({ id: boundKeySchema }),
  authorise: async ({ id }) => authoriseReturn(id, "return.read", `/returns/${id}`),
  run: async ({ stored }) => {
    const { body, fileName } = await exportStoredReturn(db(), stored);
    return new Response(new Uint8Array(body), {
      headers: { "Content-Type": XLSX_CONTENT_TYPE, "Content-Disposition": attachmentDisposition(fileName), "Cache-Control": "private, no-store" },
    });
  },
});
