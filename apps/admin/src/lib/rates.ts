/**
 * Rates as the server reports them (numerator, denominator, ratio, and `percent` already rounded
 * half-up to one decimal, e.g. "28.2%"). The client never re-rounds: it shows the server's percent,
 * so the screen agrees with the speech and the reports to the decimal.
 */

export interface RateLike {
  readonly numerator: number;
  readonly denominator: number;
  readonly percent: string | null;
}

/** Shown when the denominator is 0: no unit to count. */
export const NO_RATE = "—";

const integer = new Intl.NumberFormat("zh-CN", { maximumFractionDigits: 0 });

export function formatCount(n: number): string {
  return integer.format(n);
}

/** "28.2%", or "—" when there is no unit in the population. */
export function formatPercent(rate: RateLike): string {
  return rate.denominator === 0 || rate.percent == null ? NO_RATE : rate.percent;
}

/** "514 / 1,822". */
export function formatFraction(rate: RateLike): string {
  return `${formatCount(rate.numerator)} / ${formatCount(rate.denominator)}`;
}

/** The percent as a number for charts (28.2 for "28.2%"), null when there is none. */
export function percentValue(rate: RateLike): number | null {
  if (rate.denominator === 0 || rate.percent == null) return null;
  const match = /^(-?\d+(?:\.\d+)?)%$/.exec(rate.percent.trim());
  return match ? Number(match[1]) : null;
}
