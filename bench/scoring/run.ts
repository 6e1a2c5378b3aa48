// npm run bench:scoring: how many full returns one core scores per second (target 20,000/s).
// Random returns, every item rated, against the default catalogue; timed after a warm-up so the
// figure is the optimised steady state a server reaches, not start-up.
import { DEFAULT_CATALOGUE_ID, findBuiltinCatalogue } from "../../lib/catalogue/builtin";
import { StartupError } from "../../lib/errors";
import { prepareCatalogue, scoreReturn, type Levels, type ReturnScore } from "../../lib/scoring";
import { runMain, say } from "../../scripts/run-main";

const RETURNS = 10_000;
const WARM_UP_ROUNDS = 3;
const TARGET_PER_SECOND = 20_000;

/** A small seeded generator, so every run scores the same returns. */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

runMain(async () => {
  const catalogue = findBuiltinCatalogue(DEFAULT_CATALOGUE_ID);
  if (!catalogue) throw new StartupError(`The built-in catalogue ${DEFAULT_CATALOGUE_ID} is missing.`);
  const ids = prepareCatalogue(catalogue).items.map((item) => item.id);
  if (ids.length === 0) {
    throw new StartupError(`The built-in catalogue ${DEFAULT_CATALOGUE_ID} has no items yet: fill in lib/catalogue/versions/${DEFAULT_CATALOGUE_ID}.json first.`);
  }

  const random = mulberry32(2022);
  const returns: Levels[] = Array.from({ length: RETURNS }, () => {
    const levels: Record<string, number> = {};
    for (const id of ids) levels[id] = Math.floor(random() * 6);
    return levels;
  });

  // Kept so the engine cannot drop the work as dead code.
  let last: ReturnScore | undefined;
  for (let round = 0; round < WARM_UP_ROUNDS; round++) for (const levels of returns) last = scoreReturn(catalogue, levels);

  const started = process.hrtime.bigint();
  for (const levels of returns) last = scoreReturn(catalogue, levels);
  const elapsedMs = Number(process.hrtime.bigint() - started) / 1e6;

  const perSecond = Math.round((RETURNS / elapsedMs) * 1000);
  say(`scoring: ${perSecond} returns/s (${RETURNS} returns, ${Math.round(elapsedMs)} ms)`);
  if (last?.overall.items !== ids.length) throw new StartupError("The benchmark scored the wrong number of items.");
  if (perSecond < TARGET_PER_SECOND) say(`(below the target of ${TARGET_PER_SECOND} returns/s on one core)`);
});
