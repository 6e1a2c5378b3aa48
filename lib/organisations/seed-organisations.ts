// Seeds England's NHS regions and ICBs from lib/organisations/reference/icbs.csv. Idempotent,
// and matched by reference key rather than name, so an administrator's rename survives
// every later start.
import { readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { z } from "zod";
import type { Db } from "../db/create-client";
import { referenceKey } from "./reference-key";

const rowSchema = z.object({ region: z.string().trim().min(1), icb: z.string().trim().min(1) });

export const REFERENCE_FILE = path.join(/*turbopackIgnore: true*/ process.cwd(), "lib/organisations/reference/icbs.csv");

export function readReferenceOrganisations(file = REFERENCE_FILE): { region: string; icb: string }[] {
  const records: unknown[] = parse(readFileSync(file, "utf8"), { columns: true, skip_empty_lines: true });
  return records.map((record, index) => {
    const result = rowSchema.safeParse(record);
    // Row numbers count the header as row 1, as a spreadsheet shows them.
    if (!result.success) throw new Error(`${file} row ${index + 2}: needs a region and an icb.`);
    return result.data;
  });
}

export async function seedOrganisations(db: Db, rows = readReferenceOrganisations()): Promise<void> {
  await db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('seed-organisations'))`;
    const regionIds = new Map<string, string>();
    for (const regionName of new Set(rows.map((row) => row.region))) {
      const key = referenceKey("region", regionName);
      const region =
        (await tx.organisation.findUnique({ where: { referenceKey: key }, select: { id: true } })) ??
        (await tx.organisation.create({ data: { kind: "region", name: regionName, referenceKey: key }, select: { id: true } }));
      // A region is its own region: one comparison on region_id finds everything in it.
      await tx.organisation.updateMany({ where: { id: region.id, regionId: null }, data: { regionId: region.id } });
      regionIds.set(regionName, region.id);
    }
    for (const row of rows) {
      const key = referenceKey("icb", row.icb);
      const regionId = regionIds.get(row.region) as string;
      const existing = await tx.organisation.findUnique({ where: { referenceKey: key }, select: { id: true } });
      if (existing) continue;
      const icb = await tx.organisation.create({ data: { kind: "icb", name: row.icb, referenceKey: key, regionId }, select: { id: true } });
      await tx.organisation.update({ where: { id: icb.id }, data: { icbId: icb.id } });
    }
  });
}
