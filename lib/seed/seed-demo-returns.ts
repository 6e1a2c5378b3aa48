// A demo return for the demo ICB, so a new user sees a real self-assessment straight away: the
// item levels BNSSG published in its 2023 FOI answer (seed 001), with its own evidence and gaps
// text word for word where the answer has it (bnssg-2022-23-texts.json), submitted, so the board member
// and the regional lead can read it too. Seeded with the demo users (embedded default or
// --demo), once: found again by its title, it is never reset.
import type { Db } from "../db/create-client";
import { referenceKey } from "../organisations/reference-key";
import bnssg from "./bnssg-2022-23-levels.json";
import bnssgTexts from "./bnssg-2022-23-texts.json";
import { BNSSG_ICB, DEMO_USERS } from "./demo-users";

export const DEMO_RETURN_TITLE = "2022/23 refresh (demo: levels from the published FOI answer)";

export async function seedDemoReturns(db: Db): Promise<void> {
  const icb = await db.organisation.findUnique({ where: { referenceKey: referenceKey("icb", BNSSG_ICB) }, select: { id: true } });
  if (!icb) throw new Error(`The demo return needs the reference organisation "${BNSSG_ICB}": seed reference data first.`);
  const manager = DEMO_USERS.find((user) => user.role === "programme_manager");
  await db.$transaction(async (tx) => {
    // Concurrent starts against one database: the second finds the return made by the first.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('seed-demo-returns'))`;
    if (await tx.assessmentReturn.findFirst({ where: { organisationId: icb.id, title: DEMO_RETURN_TITLE }, select: { id: true } })) return;
    const catalogue = await tx.catalogueVersion.findUniqueOrThrow({ where: { id: "regional-2021" }, select: { id: true } });
    const items = await tx.catalogueItem.findMany({ where: { catalogueVersionId: catalogue.id, kind: "item" }, select: { id: true, key: true } });
    const idByKey = new Map(items.map((item) => [item.key, item.id]));
    const created = await tx.assessmentReturn.create({
      data: {
        organisationId: icb.id,
        catalogueVersionId: catalogue.id,
        title: DEMO_RETURN_TITLE,
        completedBy: "End of Life Care Programme Board",
        versionNote: "Item levels, evidence and gaps as published in the 2023 FOI answer.",
        status: "submitted",
        submittedAt: new Date("2023-03-31T12:00:00Z"),
        submittedByEmail: manager?.email ?? null,
      },
      select: { id: true },
    });
    const answers = Object.entries(bnssg.levels as Record<string, number | null>)
      .filter((entry): entry is [string, number] => entry[1] !== null)
      .map(([key, level]) => {
        const catalogueItemId = idByKey.get(key);
        if (!catalogueItemId) throw new Error(`The demo return names item ${key}, which regional-2021 does not have.`);
        const text = (bnssgTexts.texts as Record<string, { evidence: string; gaps: string }>)[key];
        return { returnId: created.id, catalogueItemId, level, evidence: text?.evidence ?? "", gaps: text?.gaps ?? "" };
      });
    await tx.returnAnswer.createMany({ data: answers });
  });
}
