// The shapes scoring reads and returns. The input types are structural and minimal so the
// validated `Catalogue` from lib/catalogue/schema satisfies them without this library importing
// zod, and so tests can score small hand-written catalogues.

/** A rated measurement item. Its id is `id`, or `number` when it has no `id`. */
export type ScoringItem = {
  readonly stem?: undefined;
  readonly id?: string;
  readonly number?: string | null;
  readonly text: string;
};

/** Shared wording for its children; never rated itself. */
export type ScoringStem = {
  readonly stem: true;
  readonly number?: string | null;
  readonly text: string;
  readonly children: readonly ScoringItem[];
};

export type ScoringNode = ScoringItem | ScoringStem;

export type ScoringSection = {
  readonly number: string;
  readonly title: string;
  readonly items: readonly ScoringNode[];
};

export type ScoringAmbition = {
  readonly number: number;
  readonly name: string;
  readonly sections: readonly ScoringSection[];
};

export type ScoringCatalogue = {
  readonly id: string;
  readonly ambitions: readonly ScoringAmbition[];
};

/**
 * One return's levels by item id. Missing, `null` or `undefined` means not yet rated, which is
 * not level 0. Values are checked at run time, because returns arrive from files and forms.
 */
export type Levels = Readonly<Record<string, number | null | undefined>>;

/** Six numbers, one per level 0-5. */
export type PerLevel = [number, number, number, number, number, number];

/** How one group of items (an ambition, a section, the whole return) is spread over the levels. */
export type Distribution = {
  /** Every item of the group, rated or not: the denominator of every share. */
  items: number;
  notRated: number;
  counts: PerLevel;
  /** Per cent of `items` at each level, one decimal place, rounded half up. */
  shares: PerLevel;
  /** Per cent of `items` at level 3, 4 or 5, from the counts (never a sum of rounded shares). */
  level3Plus: number;
};

export type AmbitionScore = { ambition: number } & Distribution;

export type SectionScore = { section: string; ambition: number } & Distribution;

export type Band = "between levels 0 and 2" | "mostly level 3" | "between levels 4 and 5";

export type ReturnScore = {
  catalogue: string;
  ambitions: AmbitionScore[];
  overall: Distribution;
  /** `null` when nothing is rated. */
  band: Band | null;
  sections: SectionScore[];
};
