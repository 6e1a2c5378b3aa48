// The regional comparison as a workbook: the same authorisation and figures as the page.
import { z } from "zod";
import { boundKeySchema } from "@/lib/forms/bound-argument";
import { authorise } from "@/lib/request/authorise";
import { copy } from "@/lib/copy/en";
import { db } from "@/lib/db/prisma";
import { routeHandler } from "@/lib/edge/route-handler";
import { NotFoundError } from "@/lib/errors";
import { formatDate } from "@/lib/format/format-date";
import { buildItemMatrix, type ItemMatrix } from "@/lib/regions/build-item-matrix";
import { getRegionComparison } from "@/lib/regions/get-region-comparison";
import { summariseRegion } from "@/lib/regions/summarise-region";
import { buildRegionWorkbook } from "@/lib/xlsx/build-region-workbook";

export const GET = routeHandler({
  params: z.object({ id: boundKeySchema }),
  authorise: async ({ id }) => ({ user: await authorise("region.compare", { type: "region", regionId: id }, `/regions/${id}`) }),
  run: async ({ user }, { id }) => {
    const comparison = await getRegionComparison(db(), user, id);
    if (!comparison) throw new NotFoundError("No such region.");
    const summary = summariseRegion(comparison);
    const matrices = comparison.catalogue.ambitions.flatMap((ambition) => buildItemMatrix(comparison, ambition.number) ?? []) as ItemMatrix[];
    const t = copy.regions;
    const body = await buildRegionWorkbook(summary, matrices, t.workbook(comparison.region.name, formatDate(new Date())));
    return new Response(new Uint8Array(body), {
      headers: {
        "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "Content-Disposition": `attachment; filename="${t.workbookName(comparison.region.name)}"`,
        "Cache-Control": "private, no-store",
      },
    });
  },
});
