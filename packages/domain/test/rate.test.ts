import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  changeInPoints,
  compareRatesDescending,
  coverageRate,
  formatPercentTenths,
  percentTenthsUnchecked,
  rate,
  rateUnchecked,
} from "../src/index.js";

describe("rate", () => {
  it("reports the speech's rates as it prints them", () => {
    expect(rateUnchecked(514, 1822).percent).toBe("28.2%");
    expect(rateUnchecked(1618, 1822).percent).toBe("88.8%");
    expect(rateUnchecked(138, 430).percent).toBe("32.1%");
    expect(rateUnchecked(387, 430).percent).toBe("90.0%");
    expect(rateUnchecked(39, 43).percent).toBe("90.7%");
    expect(rateUnchecked(41, 41).percent).toBe("100.0%");
  });

  it("rounds half up on exact halves, in integers (28.25% → 28.3%, 0.05% → 0.1%)", () => {
    expect(rateUnchecked(113, 400).percent).toBe("28.3%"); // 28.25%
    expect(rateUnchecked(1, 2000).percent).toBe("0.1%"); // 0.05%
    expect(rateUnchecked(1, 3).percent).toBe("33.3%");
    expect(rateUnchecked(2, 3).percent).toBe("66.7%");
  });

  it("has no ratio and no percent on a zero denominator", () => {
    expect(rateUnchecked(0, 0)).toEqual({ numerator: 0, denominator: 0, ratio: null, percent: null });
  });

  it("refuses negative or fractional counts as an error value", () => {
    expect(rate(-1, 3)).toMatchObject({ ok: false, error: { code: "INVALID_RATE" } });
    expect(rate(1.5, 3)).toMatchObject({ ok: false, error: { code: "INVALID_RATE" } });
    expect(rate(4, 3)).toMatchObject({ ok: true, value: { percent: "133.3%" } });
    expect(coverageRate(4, 3)).toMatchObject({ ok: false, error: { code: "INVALID_RATE" } });
  });

  it("formats tenths with a sign", () => {
    expect(formatPercentTenths(-15)).toBe("-1.5%");
    expect(formatPercentTenths(0)).toBe("0.0%");
  });

  it("gives month-on-month change in percentage points, rounded half up", () => {
    expect(changeInPoints(rateUnchecked(514, 1822), rateUnchecked(480, 1822))).toBe(1.9);
    expect(changeInPoints(rateUnchecked(1, 4), rateUnchecked(1, 2))).toBe(-25);
    expect(changeInPoints(rateUnchecked(1, 4), rateUnchecked(0, 0))).toBeNull();
  });

  it("compares ratios exactly, with rates without a ratio last", () => {
    expect(compareRatesDescending(rateUnchecked(1, 3), rateUnchecked(2, 6))).toBe(0);
    expect(compareRatesDescending(rateUnchecked(2, 3), rateUnchecked(1, 3))).toBeLessThan(0);
    expect(compareRatesDescending(rateUnchecked(0, 0), rateUnchecked(0, 5))).toBeGreaterThan(0);
  });

  describe("properties", () => {
    const counts = fc.tuple(fc.nat({ max: 10_000_000 }), fc.integer({ min: 1, max: 10_000_000 }));

    it("a coverage rate keeps 0 ≤ numerator ≤ denominator and 0 ≤ ratio ≤ 1", () => {
      fc.assert(
        fc.property(counts, ([a, b]) => {
          const [n, d] = [Math.min(a, b), b];
          const r = coverageRate(n, d);
          expect(r.ok).toBe(true);
          if (!r.ok) return;
          expect(r.value.numerator).toBeLessThanOrEqual(r.value.denominator);
          expect(r.value.ratio).toBeGreaterThanOrEqual(0);
          expect(r.value.ratio).toBeLessThanOrEqual(1);
        }),
      );
    });

    it("the percent is the ratio rounded half up to one decimal", () => {
      fc.assert(
        fc.property(counts, ([n, d]) => {
          const tenths = percentTenthsUnchecked(n, d);
          // |1000·n/d − tenths| ≤ 1/2, and exactly 1/2 only when rounding up
          const diff = 2n * (1000n * BigInt(n) - BigInt(tenths) * BigInt(d)); // 2·d·(exact − tenths)
          expect(diff).toBeLessThan(BigInt(d));
          expect(diff).toBeGreaterThanOrEqual(-BigInt(d));
          expect(rateUnchecked(n, d).percent).toBe(formatPercentTenths(tenths));
        }),
      );
    });
  });
});
