// Seeds England's NHS regions and ICBs from lib/organisations/reference/icbs.csv. Idempotent,
// and matched by reference key rather than name, so an administrator's rename survives
// every later start.
import { randomUUID } from "node:crypto";
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
      const existing = await tx.organisation.findUnique({ where: { referenceKey: key }, select: { id: true } });
      // A region is its own region (and an ICB its own ICB): one comparison on region_id or
      // icb_id then finds everything inside. The id is chosen here so each row is written once.
      const id = existing?.id ?? randomUUID();
      if (!existing) await tx.organisation.create({ data: { id, kind: "region", name: regionName, referenceKey: key, regionId: id } });
      regionIds.set(regionName, id);
    }
    const seeded = await tx.organisation.findMany({ where: { kind: "icb", referenceKey: { not: null } }, select: { referenceKey: true } });
    const existingIcbs = new Set(seeded.map((icb) => icb.referenceKey));
    await tx.organisation.createMany({
      data: rows
        .filter((row) => !existingIcbs.has(referenceKey("icb", row.icb)))
        .map((row) => {
          const id = randomUUID();
          const regionId = regionIds.get(row.region) as string;
          return { id, kind: "icb" as const, name: row.icb, referenceKey: referenceKey("icb", row.icb), regionId, icbId: id };
        }),
    });
  });
}
