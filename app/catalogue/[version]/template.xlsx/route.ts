// A blank regional workbook for one catalogue version: the same layout as an export, no answers.
import { z } from "zod";
import { getCatalogueVersion } from "@/lib/catalogue/get-catalogue-version";
import { workbookCopy } from "@/lib/copy/workbook";
import { db } from "@/lib/db/prisma";
import { routeHandler } from "@/lib/edge/route-handler";
import { NotFoundError } from "@/lib/errors";
import { attachmentDisposition } from "@/lib/files/attachment-disposition";
import { authorise } from "@/lib/request/authorise";
import { blankTemplateInput, buildReturnWorkbook } from "@/lib/xlsx/build-return-workbook";
import { XLSX_CONTENT_TYPE } from "@/lib/xlsx/content-type";

export const GET = routeHandler({
  params: z.object({ version: z.string().regex(/^[a-z0-9][a-z0-9-]*$/) }),
  authorise: async ({ version }) => ({ user: await authorise("catalogue.read", { type: "system" }, `/catalogue?${new URLSearchParams({ version })}`) }),
  run: async (_, { version }) => {
    const catalogue = await getCatalogueVersion(db(), version);
    if (!catalogue) throw new NotFoundError("No such catalogue version.");
    const body = await buildReturnWorkbook(blankTemplateInput(catalogue));
    return new Response(new Uint8Array(body), {
      headers: {
        "Content-Type": XLSX_CONTENT_TYPE,
        "Content-Disposition": attachmentDisposition(workbookCopy.templateFileName(catalogue.id)),
        "Cache-Control": "private, no-store",
      },
    });
  },
});
