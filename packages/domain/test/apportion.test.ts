import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { apportion, apportionUnchecked, COUNTIES, type WeightedPart } from "../src/index.js";

const parts = (weights: Record<string, number>): WeightedPart[] =>
  Object.entries(weights).map(([key, weight]) => ({ key, weight }));
const amounts = (r: ReturnType<typeof apportion>) =>
  r.ok ? Object.fromEntries(r.value.map((p) => [p.key, p.amount])) : r;

describe("apportion (largest remainder)", () => {
  it("reproduces the county-level split of 200 when weighted by the speech's quotas", () => {
    const r = apportion({ total: 200, parts: COUNTIES.map((c) => ({ key: c.code, weight: c.countySiteQuota })) });
    expect(amounts(r)).toEqual(Object.fromEntries(COUNTIES.map((c) => [c.code, c.countySiteQuota])));
  });

  it("gives the seats with the largest remainders; ties go to the larger weight, then the smaller key", () => {
    expect(amounts(apportion({ total: 10, parts: parts({ a: 1, b: 1, c: 1 }) }))).toEqual({ a: 4, b: 3, c: 3 });
    expect(amounts(apportion({ total: 2, parts: parts({ b: 1, a: 1, c: 2 }) }))).toEqual({ b: 0, a: 1, c: 1 });
    expect(amounts(apportion({ total: 7, parts: parts({ x: 5, y: 3, z: 2 }) }))).toEqual({ x: 4, y: 2, z: 1 });
  });

  it("gives each part the minimum first, then shares the rest by weight", () => {
    const r = apportion({ total: 30, minimumPerPart: 2, parts: parts({ a: 100, b: 0, c: 0 }) });
    expect(amounts(r)).toEqual({ a: 26, b: 2, c: 2 });
  });

  it("keeps the parts in the order given and reports each exact share", () => {
    const r = apportion({ total: 3, parts: parts({ z: 1, a: 2 }) });
    expect(r.ok && r.value.map((p) => [p.key, p.exactShare])).toEqual([
      ["z", 1],
      ["a", 2],
    ]);
  });

  it.each([
    [{ total: -1, parts: parts({ a: 1 }) }, "INVALID_TOTAL"],
    [{ total: 1.5, parts: parts({ a: 1 }) }, "INVALID_TOTAL"],
    [{ total: 5, minimumPerPart: -1, parts: parts({ a: 1 }) }, "INVALID_MINIMUM"],
    [{ total: 5, parts: [] }, "NO_PARTS"],
    [{ total: 5, parts: parts({ a: -2 }) }, "INVALID_WEIGHT"],
    [{ total: 5, parts: parts({ a: 0.5 }) }, "INVALID_WEIGHT"],
    [{ total: 5, parts: [...parts({ a: 1 }), ...parts({ a: 2 })] }, "DUPLICATE_KEY"],
    [{ total: 5, minimumPerPart: 3, parts: parts({ a: 1, b: 1 }) }, "MINIMUM_EXCEEDS_TOTAL"],
    [{ total: 5, parts: parts({ a: 0, b: 0 }) }, "ALL_WEIGHTS_ZERO"],
  ])("refuses bad input as an error value: %o → %s", (input, code) => {
    expect(apportion(input)).toMatchObject({ ok: false, error: { code } });
  });

  it("accepts all-zero weights when nothing is left after the minimum", () => {
    expect(amounts(apportion({ total: 4, minimumPerPart: 2, parts: parts({ a: 0, b: 0 }) }))).toEqual({ a: 2, b: 2 });
  });

  // Largest remainder is not monotonic in the total (the Alabama paradox): with weights 6, 6, 2 a
  // total of 10 gives 4, 4, 2 and a total of 11 gives 5, 5, 1. That is the method, documented in
  // apportion.ts and to be said beside every suggestion; it is not an invariant, so it is not tested.

  describe("properties", () => {
    const input = fc
      .record({
        weights: fc.array(fc.nat({ max: 5000 }), { minLength: 1, maxLength: 12 }),
        total: fc.nat({ max: 1000 }),
        minimum: fc.nat({ max: 10 }),
      })
      .map(({ weights, total, minimum }) => ({
        parts: weights.map((weight, i) => ({
          key: `c${String(i).padStart(2, "0")}`,
          weight: weight + (i === 0 ? 1 : 0),
        })),
        minimumPerPart: minimum,
        total: total + minimum * weights.length,
      }));

    it("the parts always sum to the total", () => {
      fc.assert(
        fc.property(input, (i) => {
          const r = apportion(i);
          expect(r.ok).toBe(true);
          if (r.ok) expect(r.value.reduce((s, p) => s + p.amount, 0)).toBe(i.total);
        }),
      );
    });

    it("no part is below the minimum", () => {
      fc.assert(
        fc.property(input, (i) => {
          const r = apportion(i);
          if (r.ok) for (const p of r.value) expect(p.amount).toBeGreaterThanOrEqual(i.minimumPerPart);
        }),
      );
    });

    it("same input, same output (also with the parts listed in another order)", () => {
      fc.assert(
        fc.property(input, (i) => {
          const a = apportionUnchecked(i);
          const b = apportionUnchecked({ ...i, parts: [...i.parts].reverse() });
          expect(a).toEqual(apportionUnchecked(i));
          const byKey = (xs: typeof a) => Object.fromEntries(xs.map((p) => [p.key, p.amount]));
          expect(byKey(b)).toEqual(byKey(a));
        }),
      );
    });

    it("the quota rule: above the minimum, each part is the floor or the ceiling of its exact share", () => {
      fc.assert(
        fc.property(input, (i) => {
          const rest = BigInt(i.total - i.minimumPerPart * i.parts.length);
          const sum = i.parts.reduce((s, p) => s + BigInt(p.weight), 0n);
          for (const p of apportionUnchecked(i)) {
            const scaled = rest * BigInt(p.weight);
            const floor = scaled / sum;
            const ceil = scaled % sum === 0n ? floor : floor + 1n;
            const above = BigInt(p.amount - i.minimumPerPart);
            expect(above === floor || above === ceil).toBe(true);
          }
        }),
      );
    });
  });
});
