/**
 * Largest-remainder (Hamilton) apportionment, domain.md §3.4: split a whole number of places over
 * parts by weight, after an optional minimum per part.
 *
 * Invariants (property-tested): the parts sum to the total; no part is below the minimum; the same
 * input gives the same output; above the minimum, each part is the floor or the ceiling of its exact
 * proportional share. Not an invariant: raising the total can lower a part (the Alabama paradox of
 * largest remainder: weights 6, 6, 2 give 4, 4, 2 of 10 but 5, 5, 1 of 11), so a suggestion must be
 * recomputed, never patched, when the total changes, and the client should say so beside it.
 */
import { err, ok, type Result } from "./result.js";

export interface WeightedPart {
  /** Stable key (a county code); ties are broken by it. */
  readonly key: string;
  /** A non-negative integer weight: eligible units, covered units, or 1 for equal shares. */
  readonly weight: number;
}

export interface ApportionInput {
  readonly total: number;
  readonly parts: readonly WeightedPart[];
  /** Places every part gets before the rest is shared by weight. Default 0. */
  readonly minimumPerPart?: number;
}

export interface ApportionedPart {
  readonly key: string;
  readonly weight: number;
  readonly amount: number;
  /** The exact proportional share of the places above the minimum (for display; may be fractional). */
  readonly exactShare: number;
}

export type ApportionError =
  | { readonly code: "INVALID_TOTAL"; readonly message: string }
  | { readonly code: "INVALID_MINIMUM"; readonly message: string }
  | { readonly code: "INVALID_WEIGHT"; readonly key: string; readonly message: string }
  | { readonly code: "DUPLICATE_KEY"; readonly key: string; readonly message: string }
  | { readonly code: "NO_PARTS"; readonly message: string }
  | { readonly code: "MINIMUM_EXCEEDS_TOTAL"; readonly message: string }
  | { readonly code: "ALL_WEIGHTS_ZERO"; readonly message: string };

/**
 * The core, for input known to be valid (see `apportion`). Remainders are compared as exact
 * fractions; ties go to the larger weight, then the smaller key.
 */
export function apportionUnchecked(input: ApportionInput): ApportionedPart[] {
  const minimum = input.minimumPerPart ?? 0;
  const rest = BigInt(input.total - minimum * input.parts.length);
  const weightSum = input.parts.reduce((s, p) => s + BigInt(p.weight), 0n);
  const shares = input.parts.map((p, position) => {
    const scaled = rest * BigInt(p.weight); // exact share = scaled / weightSum
    const floor = weightSum === 0n ? 0n : scaled / weightSum;
    const remainder = weightSum === 0n ? 0n : scaled % weightSum;
    return { part: p, position, scaled, floor, remainder };
  });
  let left = rest - shares.reduce((s, x) => s + x.floor, 0n);
  const order = [...shares].sort(
    (a, b) =>
      (a.remainder > b.remainder ? -1 : a.remainder < b.remainder ? 1 : 0) ||
      b.part.weight - a.part.weight ||
      (a.part.key < b.part.key ? -1 : a.part.key > b.part.key ? 1 : 0),
  );
  const extra = new Set<number>();
  for (const s of order) {
    if (left <= 0n) break;
    extra.add(s.position);
    left -= 1n;
  }
  return shares.map((s) => ({
    key: s.part.key,
    weight: s.part.weight,
    amount: minimum + Number(s.floor) + (extra.has(s.position) ? 1 : 0),
    exactShare: weightSum === 0n ? 0 : Number(s.scaled) / Number(weightSum),
  }));
}

const isCount = (n: number): boolean => Number.isSafeInteger(n) && n >= 0;

/** Validates the input, then apportions. Parts come back in the order given. */
export function apportion(input: ApportionInput): Result<ApportionedPart[], ApportionError> {
  const minimum = input.minimumPerPart ?? 0;
  if (!isCount(input.total)) return err({ code: "INVALID_TOTAL", message: "总数必须是非负整数" });
  if (!isCount(minimum)) return err({ code: "INVALID_MINIMUM", message: "每个县（市）区的最低数必须是非负整数" });
  if (input.parts.length === 0) return err({ code: "NO_PARTS", message: "没有可分配的县（市）区" });
  const keys = new Set<string>();
  for (const p of input.parts) {
    if (!isCount(p.weight)) {
      return err({ code: "INVALID_WEIGHT", key: p.key, message: `权重必须是非负整数（${p.key}）` });
    }
    if (keys.has(p.key)) return err({ code: "DUPLICATE_KEY", key: p.key, message: `重复的县（市）区：${p.key}` });
    keys.add(p.key);
  }
  const reserved = minimum * input.parts.length;
  if (reserved > input.total) {
    return err({
      code: "MINIMUM_EXCEEDS_TOTAL",
      message: `每个县（市）区最低${minimum}个，合计${reserved}个，超过总数${input.total}个`,
    });
  }
  if (input.total > reserved && input.parts.every((p) => p.weight === 0)) {
    return err({ code: "ALL_WEIGHTS_ZERO", message: "所选权重全部为零，无法按比例分配" });
  }
  return ok(apportionUnchecked(input));
}

/** What a client shows beside a suggestion (the Alabama paradox, in the users' words). */
export const APPORTIONMENT_NOTE =
  "建议名额按最大余额法计算：总数调整后须重新计算，个别县（市）区的建议名额可能随总数增加而减少。";
