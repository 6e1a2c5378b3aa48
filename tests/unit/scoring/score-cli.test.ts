import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { findBuiltinCatalogue } from "@/lib/catalogue/builtin";
import { scoreReturn, type Levels } from "@/lib/scoring";

// Runs the real command line in a child process, as `npm run --silent ambitions -- score` does.
const ROOT = fileURLToPath(new URL("../../..", import.meta.url));
const FIXTURE = fileURLToPath(new URL("../../fixtures/bnssg-2022-23.json", import.meta.url));
const run = promisify(execFile);

type Outcome = { code: number; stdout: string; stderr: string };

async function ambitions(...args: string[]): Promise<Outcome> {
  try {
    const { stdout, stderr } = await run(process.execPath, ["--import", "tsx", "scripts/ambitions.ts", ...args], {
      cwd: ROOT,
      env: { ...process.env, DEBUG: "" },
      timeout: 30_000,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    if (typeof failed.code !== "number") throw error;
    return { code: failed.code, stdout: failed.stdout ?? "", stderr: failed.stderr ?? "" };
  }
}

const dir = mkdtempSync(join(tmpdir(), "score-cli-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof content === "string" ? content : JSON.stringify(content));
  return path;
}

/** One line on stderr, nothing on stdout, no stack trace, a non-zero exit. */
function expectOneLineError(outcome: Outcome, ...fragments: string[]) {
  expect(outcome.code).not.toBe(0);
  expect(outcome.stdout).toBe("");
  expect(outcome.stderr.trimEnd().split("\n")).toHaveLength(1);
  expect(outcome.stderr).not.toMatch(/\n\s+at /);
  for (const fragment of fragments) expect(outcome.stderr).toContain(fragment);
}

describe("ambitions score", { timeout: 60_000 }, () => {
  const fixture = JSON.parse(readFileSync(FIXTURE, "utf8")) as { catalogue: string; levels: Levels };

  it("prints exactly one JSON object equal to the library's score (extra fields ignored)", async () => {
    const outcome = await ambitions("score", FIXTURE, "--json");
    expect(outcome).toMatchObject({ code: 0, stderr: "" });
    const printed = JSON.parse(outcome.stdout) as unknown;
    expect(printed).toEqual(scoreReturn(findBuiltinCatalogue("regional-2021")!, fixture.levels));
    expect(Object.keys(printed as object).slice(0, 4)).toEqual(["catalogue", "ambitions", "overall", "band"]);
    expect(printed).toMatchObject({
      catalogue: "regional-2021",
      band: "mostly level 3",
      ambitions: expect.arrayContaining([
        { ambition: 1, items: 19, notRated: 2, counts: [2, 1, 3, 10, 1, 0], shares: [10.5, 5.3, 15.8, 52.6, 5.3, 0], level3Plus: 57.9 },
      ]),
    });
  });

  it("prints an aligned table without --json", async () => {
    const outcome = await ambitions("score", FIXTURE);
    expect(outcome.code).toBe(0);
    const lines = outcome.stdout.split("\n");
    const first = lines.find((line) => line.startsWith("1 Each person"))!;
    const fourth = lines.find((line) => line.startsWith("4 Care is coordinated"))!;
    expect(first).toMatch(/19\s+2\s+10\.5\s+5\.3\s+15\.8\s+52\.6\s+5\.3\s+0\.0\s+57\.9$/);
    expect(fourth).toMatch(/65\.2$/);
    expect(first.length).toBe(fourth.length);
    expect(outcome.stdout).toContain("Headline band: mostly level 3");
  });

  it("fails on a missing file, naming it", async () => {
    const missing = join(dir, "missing.json");
    expectOneLineError(await ambitions("score", missing, "--json"), missing, "no such file");
  });

  it("fails on a file that is not JSON", async () => {
    const path = file("broken.json", "{ not json");
    expectOneLineError(await ambitions("score", path, "--json"), path, "not valid JSON");
  });

  it("fails on a file of the wrong shape, naming the field", async () => {
    const path = file("shape.json", { catalogue: "regional-2021", levels: [3, 2] });
    expectOneLineError(await ambitions("score", path, "--json"), path, "levels");
  });

  it("fails on an unknown catalogue, naming it and the known ones", async () => {
    const path = file("catalogue.json", { catalogue: "national-2099", levels: {} });
    expectOneLineError(await ambitions("score", path, "--json"), path, '"national-2099"', "regional-2021");
  });

  it("fails on an unknown item, naming the key", async () => {
    const path = file("unknown.json", { catalogue: "regional-2021", levels: { ...fixture.levels, "4.1.2/fire-service": 3 } });
    expectOneLineError(await ambitions("score", path, "--json"), path, '"4.1.2/fire-service"', "not an item");
  });

  it("fails on a bad level, naming the key", async () => {
    const path = file("level.json", { catalogue: "regional-2021", levels: { "1.1.2": 6 } });
    expectOneLineError(await ambitions("score", path, "--json"), path, '"1.1.2"', "level 6");
  });

  it("fails on a level given to a stem, naming it", async () => {
    const path = file("stem.json", { catalogue: "regional-2021", levels: { "1.6.1": 3 } });
    expectOneLineError(await ambitions("score", path), path, '"1.6.1"', "stem");
  });

  it("fails on an unknown command or a missing file argument", async () => {
    expectOneLineError(await ambitions("frobnicate"), 'Unknown command "frobnicate"', "score");
    expectOneLineError(await ambitions("score"), "Usage");
  });
});
