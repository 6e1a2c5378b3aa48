// The scoring library's public surface; the other files are its parts.
export type {
  AmbitionScore,
  Band,
  Distribution,
  Levels,
  PerLevel,
  ReturnScore,
  ScoringAmbition,
  ScoringCatalogue,
  ScoringItem,
  ScoringNode,
  ScoringSection,
  ScoringStem,
  SectionScore,
} from "./types";
export { ScoringError, isScoringError, type ScoringProblem, type ScoringProblemCode } from "./errors";
export { roundedShare, shareTenths, tenthsToPercent } from "./round-share";
export { BANDS, bandOfLevel, headlineBand } from "./band";
export { prepareCatalogue, type PreparedCatalogue, type PreparedItem } from "./prepare-catalogue";
export { scoreReturn } from "./score-return";
export {
  compareReturns,
  type AmbitionChange,
  type DistributionChange,
  type ItemChange,
  type Movement,
  type MovementCounts,
  type ReturnComparison,
  type ReturnSide,
  type SectionChange,
} from "./compare-returns";
export { poolDistributions, type PooledDistribution } from "./pool-distributions";
export { questionKey, type Question } from "./question-key";
export { completenessOf, totalMovements, type AmbitionCompleteness, type Completeness, type GroupCompleteness } from "./completeness";
export { countPartnerLevels, type PartnerLevelCounts, type PartnerRating } from "./count-partner-levels";
export { proposeLevel, type LevelProposal, type ProposalRule } from "./propose-level";
