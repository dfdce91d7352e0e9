import { describe, expect, it } from "vitest";
import { COUNTIES, COUNTY_CODES, checkQuotaRoom, quotaUsage, transferQuota, validateQuotaPlan } from "../src/index.js";

const countyPlan = { total: 200, allocations: COUNTIES.map((c) => ({ countyCode: c.code, quota: c.countySiteQuota })) };
const codes = (v: { errors: readonly { code: string }[] }) => v.errors.map((e) => e.code);

describe("validateQuotaPlan", () => {
  it("accepts the speech's county-level plan (4×30 + 3×20 + 15 + 5 = 200)", () => {
    expect(validateQuotaPlan(countyPlan, {}, COUNTY_CODES).valid).toBe(true);
  });

  it("SUM_MISMATCH: the parts must sum to the total", () => {
    const v = validateQuotaPlan({ ...countyPlan, total: 199 }, {}, COUNTY_CODES);
    expect(codes(v)).toEqual(["SUM_MISMATCH"]);
    expect(v.errors[0]?.message).toContain("200");
  });

  it("BELOW_USED: no county below what it already holds (nominated + approved)", () => {
    const plan = {
      total: 200,
      allocations: countyPlan.allocations.map((a) =>
        a.countyCode === "211272" ? { ...a, quota: 3 } : a.countyCode === "211221" ? { ...a, quota: 32 } : a,
      ),
    };
    const v = validateQuotaPlan(plan, { "211272": 4 }, COUNTY_CODES);
    expect(codes(v)).toEqual(["BELOW_USED"]);
    expect(v.errors[0]).toMatchObject({ subjects: ["211272"], field: ["allocations", "8", "quota"] });
    // People read the county's name, not its code.
    expect(v.errors[0]?.message).toBe("高新区已推荐和批准4个，名额不能少于4个（拟定3个）");
  });

  it("a county left out of a split plan has no quota, so it must hold none", () => {
    const plan = { total: 30, allocations: [{ countyCode: "211221", quota: 30 }] };
    expect(validateQuotaPlan(plan, {}, COUNTY_CODES).valid).toBe(true);
    expect(codes(validateQuotaPlan(plan, { "211281": 1 }, COUNTY_CODES))).toEqual(["BELOW_USED"]);
  });

  it("refuses unknown, duplicate and negative parts", () => {
    const v = validateQuotaPlan(
      {
        total: 10,
        allocations: [
          { countyCode: "999999", quota: 5 },
          { countyCode: "211221", quota: 10 },
          { countyCode: "211221", quota: -5 },
        ],
      },
      {},
      COUNTY_CODES,
    );
    expect(codes(v)).toEqual(["UNKNOWN_COUNTY", "DUPLICATE_COUNTY", "NEGATIVE_PART"]);
  });

  it("an unsplit plan (the city-level 30) must not fall below the sites held city-wide", () => {
    expect(validateQuotaPlan({ total: 30, allocations: [] }, { "211281": 20, "211224": 10 }, COUNTY_CODES).valid).toBe(
      true,
    );
    expect(
      codes(validateQuotaPlan({ total: 29, allocations: [] }, { "211281": 20, "211224": 10 }, COUNTY_CODES)),
    ).toEqual(["TOTAL_BELOW_USED"]);
  });
});

describe("transferQuota", () => {
  it("moves places between counties and keeps the total", () => {
    const r = transferQuota(countyPlan, { from: "211221", to: "211272", amount: 5 }, { "211221": 25 });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const q = Object.fromEntries(r.value.allocations.map((a) => [a.countyCode, a.quota]));
    expect([q["211221"], q["211272"]]).toEqual([25, 10]);
    expect(r.value.allocations.reduce((s, a) => s + a.quota, 0)).toBe(200);
  });

  it("refuses to take the donor below what it holds", () => {
    expect(transferQuota(countyPlan, { from: "211221", to: "211272", amount: 6 }, { "211221": 25 })).toMatchObject({
      ok: false,
      error: { code: "BELOW_USED", countyCode: "211221", message: expect.stringContaining("最多可调出5个") },
    });
  });

  it.each([
    [{ from: "211221", to: "211221", amount: 1 }, "SAME_COUNTY"],
    [{ from: "211221", to: "211272", amount: 0 }, "INVALID_AMOUNT"],
    [{ from: "211221", to: "211272", amount: 1.5 }, "INVALID_AMOUNT"],
    [{ from: "999999", to: "211272", amount: 1 }, "NOT_IN_PLAN"],
  ])("refuses %o with %s", (transfer, code) => {
    expect(transferQuota(countyPlan, transfer, {})).toMatchObject({ ok: false, error: { code } });
  });
});

describe("checkQuotaRoom and quotaUsage", () => {
  it("checks one more site against the county's part of a split plan", () => {
    expect(checkQuotaRoom(countyPlan, "211272", 4, 100)).toEqual({ ok: true, value: { remaining: 0 } });
    expect(checkQuotaRoom(countyPlan, "211272", 5, 100)).toMatchObject({
      ok: false,
      error: { code: "QUOTA_EXCEEDED" },
    });
  });

  it("checks against the whole pool of an unsplit plan", () => {
    const city = { total: 30, allocations: [] };
    expect(checkQuotaRoom(city, "211272", 29, 29).ok).toBe(true);
    expect(checkQuotaRoom(city, "211221", 0, 30)).toMatchObject({
      ok: false,
      error: { message: "全市名额30个已用完" },
    });
  });

  it("lays out the quota board: quota, nominated, approved, remaining", () => {
    const board = quotaUsage(countyPlan, { "211281": { nominated: 3, approved: 10 } }, ["211281", "211272"]);
    expect(board).toEqual([
      { countyCode: "211281", quota: 30, nominated: 3, approved: 10, remaining: 17 },
      { countyCode: "211272", quota: 5, nominated: 0, approved: 0, remaining: 5 },
    ]);
  });
});
