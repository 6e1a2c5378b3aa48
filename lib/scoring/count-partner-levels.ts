// How many partners gave an item each level, for "what our partners said" and the proposed
// level (propose-level.ts). Counted, never averaged. Pure TypeScript.

export type PartnerRating = {
  /** The partner's level 0-5, or null when the partner has not rated the item. */
  level: number | null;
  /** The partner's evidence text; "with evidence" means it is not blank. */
  evidence: string;
};

export type PartnerLevelCounts = {
  /** How many partners are at each level, index 0-5. */
  atLevel: [number, number, number, number, number, number];
  notRated: number;
  /** Every partner asked, rated or not. */
  partners: number;
};

export function isLevel(value: number | null): value is number {
  return value !== null && Number.isInteger(value) && value >= 0 && value <= 5;
}

/** How many partners are at each level (and not rated); nothing is averaged. */
export function countPartnerLevels(partners: readonly PartnerRating[]): PartnerLevelCounts {
  const atLevel: PartnerLevelCounts["atLevel"] = [0, 0, 0, 0, 0, 0];
  let notRated = 0;
  for (const partner of partners) {
    if (isLevel(partner.level)) atLevel[partner.level] = (atLevel[partner.level] ?? 0) + 1;
    else notRated += 1;
  }
  return { atLevel, notRated, partners: partners.length };
}

