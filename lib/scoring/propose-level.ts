// A proposed level for one item of an ICB's return, from the levels its partners (places and
// providers) gave the same item. The level descriptors are written as coverage across care
// settings (3: one or two organisations only; 4: most but not all; 5: all, with evidence), so
// the proposal counts partners, it never averages their levels. The rule, and why each choice,
// is in docs/proposed-level.md; the rater always decides.
//
// Pure TypeScript: no framework or database imports (lib/scoring is pure).

import { countPartnerLevels, isLevel, type PartnerLevelCounts, type PartnerRating } from "./count-partner-levels";

export type ProposalRule =
  | "no-partners"
  | "too-few-rated"
  | "all-at-five-with-evidence"
  | "most-at-three-or-above"
  | "some-at-three-or-above"
  | "most-reached-below-three";

export type LevelProposal = {
  /** The proposed level, or null when there is nothing to propose from. */
  level: number | null;
  rule: ProposalRule;
  /** Why, in words a rater reads next to the proposal. */
  reason: string;
  counts: PartnerLevelCounts;
};

function hasEvidence(partner: PartnerRating): boolean {
  return partner.evidence.trim().length > 0;
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

export function proposeLevel(partners: readonly PartnerRating[]): LevelProposal {
  const counts = countPartnerLevels(partners);
  const total = counts.partners;
  const rated = total - counts.notRated;
  const ratedLevels = partners.map((partner) => partner.level).filter(isLevel);
  const reachedAtLeast = (level: number) => ratedLevels.filter((value) => value >= level).length;
  const ofTotal = `of ${plural(total, "partner", "partners")}`;

  if (total === 0) {
    return { level: null, rule: "no-partners", reason: "No partners have been asked to rate this item.", counts };
  }
  // Fewer than half rated: coverage across care settings is mostly unknown, so no proposal.
  if (rated * 2 < total) {
    return {
      level: null,
      rule: "too-few-rated",
      reason: `Only ${rated} ${ofTotal} rated this item; a level is proposed once at least half have.`,
      counts,
    };
  }
  const allFiveWithEvidence = partners.every((partner) => partner.level === 5 && hasEvidence(partner));
  if (allFiveWithEvidence) {
    return {
      level: 5,
      rule: "all-at-five-with-evidence",
      reason: `All ${total} partners are at level 5 with evidence: fully achieving across all care settings.`,
      counts,
    };
  }
  const atThreePlus = reachedAtLeast(3);
  const highest = Math.max(...ratedLevels);
  if (atThreePlus * 2 > total) {
    // Never above the best partner: four partners all at level 3 are not "partially achieving".
    const level = Math.min(4, highest);
    const notAll =
      atThreePlus === total
        ? "all are at level 3 or above, but not all at level 5 with evidence"
        : "more than half, but not all";
    return {
      level,
      rule: "most-at-three-or-above",
      reason:
        `${atThreePlus} ${ofTotal} are at level 3 or above (${notAll}): ` +
        (level === 4
          ? "partially achieving across most, but not all care settings."
          : "none is above level 3, so the proposal is not higher than theirs."),
      counts,
    };
  }
  if (atThreePlus > 0) {
    return {
      level: 3,
      rule: "some-at-three-or-above",
      reason: `${atThreePlus} ${ofTotal} ${atThreePlus === 1 ? "is" : "are"} at level 3 or above, not more than half: limited achievement across one or two organisations only.`,
      counts,
    };
  }
  // Nobody at 3 or above: the highest level that at least half of the partners reached.
  const level = [2, 1, 0].find((candidate) => reachedAtLeast(candidate) * 2 >= total) ?? 0;
  return {
    level,
    rule: "most-reached-below-three",
    reason: `No partner is at level 3 or above; ${reachedAtLeast(level)} ${ofTotal} reached level ${level} or above (at least half).`,
    counts,
  };
}
