// Shares are published to one decimal place, rounded half up, and compared between returns.
// Floating point cannot do that reliably (1/8 is exact, but 0.05-edges such as 1.45 are not
// representable), so shares are computed as whole tenths of a per cent with integer arithmetic,
// and only turned into a number with one decimal at the very end.

/**
 * `part / whole * 100`, rounded half up to whole tenths of a per cent: round(1000·part / whole)
 * = floor((2000·part + whole) / (2·whole)). All operands are small integers, so every step is
 * exact in a double. A group with no items has no share of anything: 0.
 */
export function shareTenths(part: number, whole: number): number {
  if (whole <= 0) return 0;
  const numerator = 2000 * part + whole;
  const denominator = 2 * whole;
  return (numerator - (numerator % denominator)) / denominator;
}

/** Tenths of a per cent as the number shown, e.g. 526 → 52.6 (the double nearest 52.6). */
export function tenthsToPercent(tenths: number): number {
  return tenths / 10;
}

/** `part / whole` as a per cent with one decimal, rounded half up. */
export function roundedShare(part: number, whole: number): number {
  return tenthsToPercent(shareTenths(part, whole));
}
