import { describe, expect, it } from "vitest";
import {
  addDays,
  addMonths,
  daysBetween,
  isInForce,
  parseIsoDate,
  parsePeriod,
  parseValidity,
  periodEnd,
  previousPeriod,
} from "../src/index.js";

describe("dates", () => {
  it("accepts real calendar days only", () => {
    expect(parseIsoDate("2023-05-31").ok).toBe(true);
    expect(parseIsoDate("2024-02-29").ok).toBe(true);
    expect(parseIsoDate("2023-02-29")).toMatchObject({ ok: false, error: { code: "INVALID_DATE" } });
    expect(parseIsoDate("2023-5-31").ok).toBe(false);
    expect(parseIsoDate("2023-05-31T00:00:00Z").ok).toBe(false);
  });

  it("does day arithmetic across months and leap years", () => {
    expect(addDays("2023-12-31", 1)).toBe("2024-01-01");
    expect(addDays("2024-03-01", -1)).toBe("2024-02-29");
    expect(daysBetween("2023-06-05", "2023-06-12")).toBe(7);
  });

  it("handles reporting months", () => {
    expect(parsePeriod("2023-05").ok).toBe(true);
    expect(parsePeriod("2023-13").ok).toBe(false);
    expect(periodEnd("2023-02")).toBe("2023-02-28");
    expect(periodEnd("2024-02")).toBe("2024-02-29");
    expect(previousPeriod("2023-01")).toBe("2022-12");
    expect(addMonths("2023-11", 2)).toBe("2024-01");
  });

  it("treats validity as half-open: in force from `from`, no longer on `to`", () => {
    const v = { from: "2023-03-01", to: "2023-06-01" };
    expect(isInForce(v, "2023-02-28")).toBe(false);
    expect(isInForce(v, "2023-03-01")).toBe(true);
    expect(isInForce(v, "2023-05-31")).toBe(true);
    expect(isInForce(v, "2023-06-01")).toBe(false);
    expect(isInForce({ from: "2023-03-01", to: null }, "2099-01-01")).toBe(true);
  });

  it("refuses an interval that ends before it starts", () => {
    expect(parseValidity("2023-03-01", "2023-03-01")).toMatchObject({ ok: false, error: { code: "INVALID_INTERVAL" } });
    expect(parseValidity("2023-03-01", "2023-02-01").ok).toBe(false);
    expect(parseValidity("2023-03-01", null)).toEqual({ ok: true, value: { from: "2023-03-01", to: null } });
  });
});
