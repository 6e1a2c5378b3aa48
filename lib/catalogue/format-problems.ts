import type { CatalogueProblem } from "./schema";

export function formatCatalogueProblems(problems: readonly CatalogueProblem[]): string {
  return problems.map((problem) => `  ${problem.path}: ${problem.message}`).join("\n");
}
