// One colour per level, 0 to 5, for level tags and the charts: six evenly spaced steps of
// viridis, a sequential scale designed to stay ordered and distinguishable with the common
// colour vision deficiencies (and in greyscale print), from dark (level 0) to light (level 5).
// Colour never carries the level alone: every tag and legend also says "Level N".
// Each text colour has at least 4.5:1 contrast on its fill (tests/unit/ui/level-colours.test.ts),
// and globals.css repeats these pairs for the tags (.app-level-tag--N), checked by the same test.

export type LevelColour = { fill: string; text: string };

export const LEVEL_COLOURS: readonly LevelColour[] = [
  { fill: "#440154", text: "#ffffff" },
  { fill: "#414487", text: "#ffffff" },
  { fill: "#2a788e", text: "#ffffff" },
  { fill: "#22a884", text: "#212b32" },
  { fill: "#7ad151", text: "#212b32" },
  { fill: "#fde725", text: "#212b32" },
];

/** Not yet rated is not a level: white, outlined, so it reads as the empty part of a bar. */
export const NOT_RATED_COLOUR: LevelColour = { fill: "#ffffff", text: "#212b32" };

/** The line drawn round every bar segment, so light segments stand out from the white page. */
export const SEGMENT_OUTLINE = "#212b32";
