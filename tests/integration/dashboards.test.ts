// An organisation's dashboard: the latest published self-assessment, the change since the one
// before, the items below level 3 with their gaps, and the history. Drafts never count.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../lib/audit/actor";
import { getOrganisationDashboard } from "../../lib/dashboards/get-organisation-dashboard";
import { seedReferenceData } from "../../lib/seed/seed-reference-data";
import bnssg from "../fixtures/bnssg-2022-23.json";
import { freshDb } from "./support/database";
import { createActor, seedWorld } from "./support/organisation-fixtures";
import { createReturnWith } from "./support/return-fixtures";

let fresh: Awaited<ReturnType<typeof freshDb>>;
let world: Awaited<ReturnType<typeof seedWorld>>;
let board: Actor;
let manager: Actor;
let devonManager: Actor;
const ids: Record<string, string> = {};
const bnssgLevels = bnssg.levels as Record<string, number | null>;

/** The 2020 return: every item at level 2, but 6.3.1 at 4 (so it fell to 3 in 2022/23, as 1.1.7 fell to 0). */
const levels2020 = (key: string) => (key === "6.3.1" ? 4 : 2);

beforeAll(async () => {
  fresh = await freshDb();
  await seedReferenceData(fresh.db);
  world = await seedWorld(fresh.db);
  board = await createActor(fresh.db, "board_member", world.bnssg);
  manager = await createActor(fresh.db, "programme_manager", world.bnssg);
  devonManager = await createActor(fresh.db, "programme_manager", world.devon);
  ids.old = await createReturnWith(fresh.db, { organisationId: world.bnssg.id, status: "signed_off", title: "BNSSG 2020", submittedDaysAgo: 900, levels: levels2020 });
  ids.latest = await createReturnWith(fresh.db, {
    organisationId: world.bnssg.id,
    status: "submitted",
    title: "BNSSG 2022/23",
    submittedDaysAgo: 30,
    levels: (key) => bnssgLevels[key] ?? null,
    gaps: (key) => (key === "1.1.7" ? "No shared approach to advance care planning for people with learning disabilities." : ""),
  });
  ids.draft = await createReturnWith(fresh.db, { organisationId: world.bnssg.id, status: "draft", title: "BNSSG 2026 draft", submittedDaysAgo: null, levels: () => 5 });
  ids.hospice = await createReturnWith(fresh.db, { organisationId: world.hospice.id, status: "submitted", title: "Hospice 2025", submittedDaysAgo: 3, levels: () => 4 });
});
afterAll(async () => fresh.cleanup());

describe("getOrganisationDashboard", () => {
  it("reads the latest published return as its front sheet does, never the newer draft", async () => {
    const dashboard = (await getOrganisationDashboard(fresh.db, board, world.bnssg))!;
    expect(dashboard.latest?.id).toBe(ids.latest);
    expect(dashboard.previous?.id).toBe(ids.old);
    expect(dashboard.history.map((entry) => entry.title)).toEqual(["BNSSG 2022/23", "BNSSG 2020"]);
    const published = Object.entries(bnssg.expected.ambitions).map(([ambition, row]) => [Number(ambition), row[6]]);
    expect(dashboard.latest!.score.ambitions.map((ambition) => [ambition.ambition, ambition.level3Plus])).toEqual(published);
    expect(dashboard.latest!.score.band).toBe("mostly level 3");
  });

  it("gives the change since the one before: shares over the same items, movements, and the items that fell", async () => {
    const dashboard = (await getOrganisationDashboard(fresh.db, board, world.bnssg))!;
    const comparison = dashboard.comparison!;
    expect(comparison.sameVersion).toBe(true);
    // 2020 had ambition 6 at 1 of 4 at level 3+ (6.3.1); 2022/23 also 1 of 4 (6.3.1 at 3).
    const six = comparison.ambitions.find((ambition) => ambition.ambition === 6)!;
    expect([six.before.level3Plus, six.after.level3Plus, six.level3PlusChange]).toEqual([25, 25, 0]);
    const one = comparison.ambitions.find((ambition) => ambition.ambition === 1)!;
    expect(one.before.level3Plus).toBe(0);
    expect(one.level3PlusChange).toBe(one.after.level3Plus);
    // Four items BNSSG left blank in 2022/23 were rated in 2020.
    expect(comparison.overall.movements.noLongerRated).toBe(4);
    expect(dashboard.fallen.map((item) => [item.key, item.from, item.to])).toEqual(
      expect.arrayContaining([
        ["6.3.1", 4, 3],
        ["1.1.7", 2, 0],
      ]),
    );
    expect(dashboard.fallen.every((item) => item.to < item.from)).toBe(true);
    expect(dashboard.fallen).toHaveLength(comparison.overall.movements.down);
    // ... and which they are: the two blank "Children and Young People" items and 4.4.1, 4.4.4.
    expect(dashboard.noLongerRated.map((item) => [item.key, item.from])).toEqual([
      ["1.1.1", 2],
      ["1.1.3", 2],
      ["4.4.1", 2],
      ["4.4.4", 2],
    ]);
    const m = comparison.overall.movements;
    expect(m.up + m.down + m.same + m.newlyRated + m.noLongerRated + m.stillNotRated).toBe(75);
  });

  it("lists the items below level 3 with their gaps, lowest first within each ambition", async () => {
    const dashboard = (await getOrganisationDashboard(fresh.db, board, world.bnssg))!;
    const all = dashboard.gaps.flatMap((ambition) => ambition.items);
    expect(all).toHaveLength(27); // BNSSG 2022/23: 27 rated items at levels 0-2
    const first = dashboard.gaps.find((ambition) => ambition.ambition === 1)!.items[0]!;
    expect(first).toMatchObject({ key: "1.1.7", level: 0, gaps: expect.stringContaining("learning disabilities") });
    for (const ambition of dashboard.gaps) {
      const levels = ambition.items.map((item) => item.level);
      expect(levels).toEqual([...levels].sort((a, b) => a - b));
    }
    // A 4.1.2 service (the ambulance service at level 2) carries its stem's wording.
    const service = all.find((item) => item.key === "4.1.2/ambulance");
    expect(service).toMatchObject({ level: 2, text: "Ambulance Service", stem: expect.stringContaining("EPaCCS") });
  });

  it("is each organisation's own: a provider's dashboard holds its own return, and a reader of another ICB sees none", async () => {
    const hospice = (await getOrganisationDashboard(fresh.db, manager, world.hospice))!;
    expect(hospice.history.map((entry) => entry.id)).toEqual([ids.hospice]);
    expect(hospice.comparison).toBeNull();
    expect(hospice.noLongerRated).toEqual([]);
    expect(hospice.gaps.flatMap((ambition) => ambition.items)).toEqual([]);
    const asDevon = (await getOrganisationDashboard(fresh.db, devonManager, world.bnssg))!;
    expect(asDevon).toMatchObject({ latest: null, previous: null, history: [], comparison: null });
    expect(await getOrganisationDashboard(fresh.db, board, world.southWest)).toBeNull();
  });
});
