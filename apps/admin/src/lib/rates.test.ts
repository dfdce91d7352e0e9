import { describe, expect, it } from "vitest";
import { formatCount, formatFraction, formatPercent, NO_RATE, percentValue } from "./rates";

describe("rates", () => {
  const speech = { numerator: 514, denominator: 1822, percent: "28.2%" };

  it("shows the server's half-up percent as is", () => {
    expect(formatPercent(speech)).toBe("28.2%");
    expect(formatPercent({ numerator: 1618, denominator: 1822, percent: "88.8%" })).toBe("88.8%");
  });

  it("shows a dash when there is no unit to count", () => {
    expect(formatPercent({ numerator: 0, denominator: 0, percent: null })).toBe(NO_RATE);
    expect(percentValue({ numerator: 0, denominator: 0, percent: null })).toBeNull();
  });

  it("formats the fraction with grouped thousands", () => {
    expect(formatFraction(speech)).toBe("514 / 1,822");
    expect(formatCount(2294)).toBe("2,294");
    expect(formatCount(0)).toBe("0");
  });

  it("reads the percent as a number for charts, never re-rounding", () => {
    expect(percentValue(speech)).toBe(28.2);
    expect(percentValue({ numerator: 41, denominator: 41, percent: "100.0%" })).toBe(100);
    expect(percentValue({ numerator: 1, denominator: 3, percent: "33.3%" })).toBe(33.3);
    expect(percentValue({ numerator: 1, denominator: 3, percent: "n/a" })).toBeNull();
  });
});
