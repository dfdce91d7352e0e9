import { err, ok, type Result } from "./result.js";

/** A rate as the speech reports it: covered units over eligible units. */
export interface Rate {
  readonly numerator: number;
  readonly denominator: number;
  /** numerator / denominator; null when the denominator is 0. */
  readonly ratio: number | null;
  /** Rounded half-up to one decimal, e.g. "28.2%"; null when the denominator is 0. */
  readonly percent: string | null;
}

export type RateError = { readonly code: "INVALID_RATE"; readonly message: string };

const isCount = (n: number): boolean => Number.isSafeInteger(n) && n >= 0;

/**
 * Tenths of a percent, rounded half-up (四舍五入), computed in integers so that 28.25% is 28.3%
 * and no binary fraction decides a rounding. Negative inputs round half away from zero.
 */
export function percentTenthsUnchecked(numerator: number, denominator: number): number {
  const n = BigInt(numerator);
  const d = BigInt(denominator);
  const sign = n < 0n !== d < 0n ? -1n : 1n;
  const an = n < 0n ? -n : n;
  const ad = d < 0n ? -d : d;
  // round(1000·n/d) half-up = floor((2000·n + d) / 2d)
  return Number(sign * ((2000n * an + ad) / (2n * ad)));
}

/** Formats tenths of a percent: 282 → "28.2%", 900 → "90.0%", -15 → "-1.5%". */
export function formatPercentTenths(tenths: number): string {
  const sign = tenths < 0 ? "-" : "";
  const abs = Math.abs(tenths);
  return `${sign}${Math.floor(abs / 10)}.${abs % 10}%`;
}

/** Builds a rate from counts known to be valid (non-negative integers). */
export function rateUnchecked(numerator: number, denominator: number): Rate {
  if (denominator === 0) return { numerator, denominator, ratio: null, percent: null };
  return {
    numerator,
    denominator,
    ratio: numerator / denominator,
    percent: formatPercentTenths(percentTenthsUnchecked(numerator, denominator)),
  };
}

/**
 * A rate of two counts. The numerator may exceed the denominator (progress towards a target can pass
 * 100%); coverage rates never do, and `coverageRate` enforces it.
 */
export function rate(numerator: number, denominator: number): Result<Rate, RateError> {
  if (!isCount(numerator) || !isCount(denominator)) {
    return err({ code: "INVALID_RATE", message: `比率的分子和分母必须是非负整数（${numerator}/${denominator}）` });
  }
  return ok(rateUnchecked(numerator, denominator));
}

/** A coverage rate: a part of a population, so 0 ≤ numerator ≤ denominator. */
export function coverageRate(covered: number, population: number): Result<Rate, RateError> {
  const r = rate(covered, population);
  if (r.ok && covered > population) {
    return err({ code: "INVALID_RATE", message: `覆盖数（${covered}）不能超过总数（${population}）` });
  }
  return r;
}

/**
 * Change between two rates in percentage points, rounded half-up to one decimal (e.g. 2.4), as a
 * bulletin shows it; null when either rate has no ratio.
 */
export function changeInPoints(current: Rate, previous: Rate): number | null {
  if (current.denominator === 0 || previous.denominator === 0) return null;
  // (n1/d1 − n2/d2) · 100, as one fraction
  const numerator = current.numerator * previous.denominator - previous.numerator * current.denominator;
  const denominator = current.denominator * previous.denominator;
  return percentTenthsUnchecked(numerator, denominator) / 10;
}

/** Compares two rates by ratio exactly (cross-multiplied); rates without a ratio sort last. */
export function compareRatesDescending(a: Rate, b: Rate): number {
  if (a.denominator === 0 || b.denominator === 0) {
    return (a.denominator === 0 ? 1 : 0) - (b.denominator === 0 ? 1 : 0);
  }
  const left = BigInt(b.numerator) * BigInt(a.denominator);
  const right = BigInt(a.numerator) * BigInt(b.denominator);
  return left < right ? -1 : left > right ? 1 : 0;
}
