// The level scale: readable text on every level's colour (WCAG 1.4.3, 4.5:1), the scale in
// order from dark to light, and the tags' stylesheet using exactly these colours.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { LEVEL_COLOURS, NOT_RATED_COLOUR } from "@/components/charts/level-colours";

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}

const css = readFileSync(fileURLToPath(new URL("../../../app/globals.css", import.meta.url)), "utf8");

describe("level colours", () => {
  it("has one colour per level 0-5, each a distinct fill", () => {
    expect(LEVEL_COLOURS).toHaveLength(6);
    expect(new Set(LEVEL_COLOURS.map((colour) => colour.fill)).size).toBe(6);
    expect(LEVEL_COLOURS.map((colour) => colour.fill)).not.toContain(NOT_RATED_COLOUR.fill);
  });

  it("gives every level's text at least 4.5:1 contrast on its fill", () => {
    for (const [level, colour] of LEVEL_COLOURS.entries()) {
      expect(contrast(colour.text, colour.fill), `level ${level}`).toBeGreaterThanOrEqual(4.5);
    }
    expect(contrast(NOT_RATED_COLOUR.text, NOT_RATED_COLOUR.fill)).toBeGreaterThanOrEqual(4.5);
  });

  it("runs from dark to light, so the order survives greyscale and colour vision deficiencies", () => {
    const lightness = LEVEL_COLOURS.map((colour) => luminance(colour.fill));
    for (let level = 1; level < 6; level++) expect(lightness[level]!).toBeGreaterThan(lightness[level - 1]!);
  });

  it("styles each level tag with the same fill and text as the charts", () => {
    for (const [level, colour] of LEVEL_COLOURS.entries()) {
      const rule = new RegExp(`\\.app-level-tag--${level}\\s*\\{([^}]*)\\}`).exec(css)?.[1] ?? "";
      expect(rule, `level ${level}`).toContain(`background-color: ${colour.fill};`);
      expect(rule, `level ${level}`).toContain(`color: ${colour.text};`);
      const swatch = new RegExp(`\\.app-level-legend__swatch--${level}\\s*\\{([^}]*)\\}`).exec(css)?.[1] ?? "";
      expect(swatch, `legend swatch ${level}`).toContain(`background-color: ${colour.fill};`);
    }
  });
});
