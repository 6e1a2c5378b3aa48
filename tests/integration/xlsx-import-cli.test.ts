// `ambitions import` and `ambitions score FILE.xlsx` against a real database: the command line
// goes through the upload page's library, and scores a workbook exactly as its JSON twin.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../lib/audit/actor";
import { createReturn } from "../../lib/returns/create-return";
import { getReturn } from "../../lib/returns/get-return";
import { seedReferenceData } from "../../lib/seed/seed-reference-data";
import { buildHandMadeWorkbook } from "../support/hand-made-workbook";
import { freshDb } from "./support/database";
import { createActor, seedWorld } from "./support/organisation-fixtures";

const PROJECT_ROOT = fileURLToPath(new URL("../..", import.meta.url));

describe("npm run ambitions -- import / score FILE.xlsx", () => {
  let fresh: Awaited<ReturnType<typeof freshDb>>;
  let folder: string;
  let manager: Actor;
  let world: Awaited<ReturnType<typeof seedWorld>>;
  beforeAll(async () => {
    fresh = await freshDb();
    await seedReferenceData(fresh.db);
    world = await seedWorld(fresh.db);
    manager = await createActor(fresh.db, "programme_manager", world.bnssg);
    folder = mkdtempSync(join(tmpdir(), "ambitions-import-cli-"));
  });
  afterAll(async () => {
    rmSync(folder, { recursive: true, force: true });
    await fresh.cleanup();
  });

  const run = (...args: string[]) =>
    spawnSync(process.execPath, ["--import", "tsx", "scripts/ambitions.ts", ...args], { cwd: PROJECT_ROOT, encoding: "utf8", env: { ...process.env, DATABASE_URL: fresh.url } });

  const answers = { "1.1.2": { level: 3, evidence: "audit" }, "2.1.1": { level: "L5" }, "4.1.2/care-homes": { level: 1 } };

  it("a dry run lists the changes and writes nothing; the import applies them with the history noted", async () => {
    const returnId = (await createReturn(fresh.db, { organisationId: world.bnssg.id, title: "CLI import" }, manager)).id;
    const file = join(folder, "filled.xlsx");
    writeFileSync(file, await buildHandMadeWorkbook({ answers }));

    const dry = run("import", file, "--return", returnId, "--dry-run", "--json");
    expect(dry.status, dry.stderr).toBe(0);
    const shown = JSON.parse(dry.stdout) as { applied: boolean; items: { key: string; after: { level: number | null } }[] };
    expect(shown.applied).toBe(false);
    expect(shown.items.map((item) => [item.key, item.after.level])).toEqual([
      ["1.1.2", 3],
      ["2.1.1", 5],
      ["4.1.2/care-homes", 1],
    ]);
    expect(await fresh.db.returnAnswer.count({ where: { returnId } })).toBe(0);

    expect(run("import", file, "--return", returnId).stderr).toContain("--as EMAIL");
    const applied = run("import", file, "--return", returnId, "--as", manager.email);
    expect(applied.status, applied.stderr).toBe(0);
    expect(applied.stdout).toContain("Imported 3 item change(s)");
    const stored = (await getReturn(fresh.db, returnId))!;
    expect(stored.answers.get("2.1.1")?.level).toBe(5);
    expect(await fresh.db.returnAnswerRevision.count({ where: { returnId, note: "imported from filled.xlsx" } })).toBe(3);
    expect(await fresh.db.pendingImport.count({ where: { returnId } })).toBe(0);
    // Three command runs, each starting Node and connecting: minutes on a loaded machine.
  }, 300_000);

  it("refuses a file that is not xlsx with its message, writing nothing", async () => {
    const returnId = (await createReturn(fresh.db, { organisationId: world.bnssg.id, title: "CLI refused" }, manager)).id;
    const file = join(folder, "notes.xlsx");
    writeFileSync(file, "just text");
    const result = run("import", file, "--return", returnId, "--as", manager.email);
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain("notes.xlsx is not an xlsx workbook");
    expect(await fresh.db.returnAnswer.count({ where: { returnId } })).toBe(0);
  }, 120_000);

  it("scores a workbook with the same --json output as the JSON interchange format for the same levels", async () => {
    const workbook = join(folder, "score.xlsx");
    writeFileSync(workbook, await buildHandMadeWorkbook({ answers }));
    const json = join(folder, "score.json");
    writeFileSync(json, JSON.stringify({ catalogue: "regional-2021", levels: { "1.1.2": 3, "2.1.1": 5, "4.1.2/care-homes": 1 } }));
    const fromXlsx = run("score", workbook, "--json");
    const fromJson = run("score", json, "--json");
    expect(fromXlsx.status, fromXlsx.stderr).toBe(0);
    expect(fromJson.status, fromJson.stderr).toBe(0);
    expect(JSON.parse(fromXlsx.stdout)).toEqual(JSON.parse(fromJson.stdout));
  }, 120_000);
});
