/**
 * Bulletins (通报), §3.6: counties ranked by a rate with competition ranking (1, 2, 2, 4), ties in rank
 * listed by denominator (larger first), then code; month-on-month change in percentage points.
 */
import { changeInPoints, compareRatesDescending, type Rate } from "./rate.js";

export interface RankInput {
  readonly key: string;
  readonly rate: Rate;
}

export interface Ranked<T extends RankInput> {
  readonly rank: number;
  readonly item: T;
}

/** Competition ranking by ratio, highest first; rates without a ratio come last, sharing a rank. */
export function competitionRank<T extends RankInput>(items: readonly T[]): Ranked<T>[] {
  const sorted = [...items].sort(
    (a, b) =>
      compareRatesDescending(a.rate, b.rate) ||
      b.rate.denominator - a.rate.denominator ||
      (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );
  const ranked: Ranked<T>[] = [];
  sorted.forEach((item, i) => {
    const prev = ranked[i - 1];
    const rank = prev && compareRatesDescending(prev.item.rate, item.rate) === 0 ? prev.rank : i + 1;
    ranked.push({ rank, item });
  });
  return ranked;
}

export interface BulletinInput extends RankInput {
  /** The same rate a month earlier, when that month was reported. */
  readonly previous?: Rate | null;
}

export interface BulletinRow<T extends BulletinInput> extends Ranked<T> {
  /** Change against the previous month in percentage points; null without a previous figure. */
  readonly changePoints: number | null;
}

export function bulletinRows<T extends BulletinInput>(items: readonly T[]): BulletinRow<T>[] {
  return competitionRank(items).map((r) => ({
    ...r,
    changePoints: r.item.previous ? changeInPoints(r.item.rate, r.item.previous) : null,
  }));
}
