// `npm test`: every kind of check in order (typecheck, lint, unit, integration, browser), and
// one closing line `N passed, N failed` totalled over the test runners. Every step runs even
// after a failure, so one run shows everything that is wrong; the exit code is non-zero if
// any step failed. Runners write JSON reports to .test-reports/, which this script totals.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { PROJECT_ROOT } from "./db/migrations";

const REPORTS = path.join(PROJECT_ROOT, ".test-reports");

type Step = {
  name: string;
  command: string[];
  /** Passed and failed test counts from the runner's JSON report; absent for typecheck/lint. */
  report?: { file: string; read: (json: unknown) => { passed: number; failed: number } };
};

type VitestReport = { numPassedTests: number; numFailedTests: number };
type PlaywrightReport = { stats: { expected: number; unexpected: number; flaky: number } };

const vitest = (project: string): Step => ({
  name: `${project} tests`,
  command: [
    "npx", "vitest", "run", "--project", project,
    "--reporter=default", "--reporter=json", `--outputFile.json=${path.join(REPORTS, `${project}.json`)}`,
  ],
  report: {
    file: `${project}.json`,
    read: (json) => {
      const report = json as VitestReport;
      return { passed: report.numPassedTests, failed: report.numFailedTests };
    },
  },
});

const steps: Step[] = [
  { name: "typecheck", command: ["npx", "tsc", "--noEmit"] },
  { name: "lint", command: ["npx", "eslint", "--max-warnings=0", "."] },
  vitest("unit"),
  vitest("integration"),
  {
    name: "browser tests",
    command: ["npx", "playwright", "test"],
    report: {
      file: "e2e.json",
      read: (json) => {
        const { stats } = json as PlaywrightReport;
        return { passed: stats.expected + stats.flaky, failed: stats.unexpected };
      },
    },
  },
];

rmSync(REPORTS, { recursive: true, force: true });
mkdirSync(REPORTS, { recursive: true });

let passed = 0;
let failed = 0;
const failedSteps: string[] = [];
for (const step of steps) {
  console.log(`\n=== ${step.name}: ${step.command.join(" ")}`);
  const started = Date.now();
  const [command, ...args] = step.command as [string, ...string[]];
  const result = spawnSync(command, args, { cwd: PROJECT_ROOT, stdio: "inherit", env: { ...process.env, AMBITIONS_TEST_REPORTS: REPORTS } });
  const ok = result.status === 0;
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (step.report) {
    const file = path.join(REPORTS, step.report.file);
    if (existsSync(file)) {
      const counts = step.report.read(JSON.parse(readFileSync(file, "utf8")));
      passed += counts.passed;
      failed += counts.failed;
      // A runner that crashed before reporting a failing test still failed.
      if (!ok && counts.failed === 0) failed += 1;
    } else if (!ok) {
      failed += 1;
    }
  } else if (!ok) {
    failed += 1;
  }
  if (!ok) failedSteps.push(step.name);
  console.log(`=== ${step.name}: ${ok ? "ok" : "FAILED"} in ${seconds} s`);
}

if (failedSteps.length) console.log(`\nFailed: ${failedSteps.join(", ")}.`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failedSteps.length ? 1 : 0);
