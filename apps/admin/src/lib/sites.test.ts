import { describe, expect, it } from "vitest";
import {
  allocationSum,
  boardRows,
  defaultTotal,
  localDay,
  orderYears,
  planFormValues,
  reviewDecisionsFor,
  sumStatus,
  toSetQuotaPlanInput,
} from "./sites";

const counties = [
  { code: "211221", name: "铁岭县" },
  { code: "211282", name: "开原市" },
  { code: "211281", name: "调兵山市" },
];

const alloc = (code: string, quota: number, nominated: number, approved: number) => ({
  county: counties.find((c) => c.code === code) ?? { code, name: code },
  quota,
  nominated,
  approved,
  remaining: quota - nominated - approved,
});

describe("boardRows", () => {
  it("takes a split plan's figures per county, in the city's order", () => {
    const rows = boardRows(
      { total: 10, split: true, allocations: [alloc("211281", 5, 2, 1), alloc("211221", 5, 0, 0)] },
      counties,
      [],
    );
    expect(rows).toEqual([
      { countyCode: "211221", countyName: "铁岭县", quota: 5, nominated: 0, approved: 0, remaining: 5 },
      { countyCode: "211281", countyName: "调兵山市", quota: 5, nominated: 2, approved: 1, remaining: 2 },
    ]);
  });

  it("counts the sites per county for an unsplit plan, without a quota of its own", () => {
    const site = (code: string, status: "NOMINATED" | "APPROVED" | "REJECTED" | "REVOKED") => ({
      status,
      county: { code, name: code },
    });
    const rows = boardRows({ total: 30, split: false, allocations: [] }, counties, [
      site("211281", "NOMINATED"),
      site("211281", "APPROVED"),
      site("211281", "REJECTED"),
      site("211282", "REVOKED"),
      site("211282", "APPROVED"),
    ]);
    expect(rows.map((r) => [r.countyCode, r.quota, r.nominated, r.approved, r.remaining])).toEqual([
      ["211221", null, 0, 0, null],
      ["211282", null, 0, 1, null],
      ["211281", null, 1, 1, null],
    ]);
  });

  it("gives a county role of an unsplit plan its own row only (it reads no other county's sites)", () => {
    const rows = boardRows(
      { total: 30, split: false, allocations: [] },
      counties,
      [{ status: "NOMINATED", county: { code: "211281", name: "调兵山市" } }],
      "211281",
    );
    expect(rows).toEqual([
      { countyCode: "211281", countyName: "调兵山市", quota: null, nominated: 1, approved: 0, remaining: null },
    ]);
  });

  it("keeps every county of a split plan for a county role (the figures are the server's)", () => {
    const plan = { total: 10, split: true, allocations: [alloc("211281", 5, 2, 1), alloc("211221", 5, 0, 0)] };
    expect(boardRows(plan, counties, [], "211281").map((r) => r.countyCode)).toEqual(["211221", "211281"]);
  });
});

describe("the plan form", () => {
  it("fills one line per county from a suggestion, empty where it has none", () => {
    const values = planFormValues(
      counties,
      { total: 7, allocations: [alloc("211282", 4, 0, 0), alloc("211221", 3, 0, 0)] },
      "CITY",
    );
    expect(values).toEqual({
      total: 7,
      allocations: [
        { countyCode: "211221", quota: 3 },
        { countyCode: "211282", quota: 4 },
        { countyCode: "211281", quota: null },
      ],
    });
  });

  it("starts from the speech's totals without a source", () => {
    expect(planFormValues(counties, null, "CITY").total).toBe(30);
    expect(planFormValues(counties, null, "COUNTY").total).toBe(200);
    expect(defaultTotal("COUNTY")).toBe(200);
  });

  it("sums the parts, an empty one as 0, and says how far off the total it is", () => {
    const parts = [{ quota: 3 }, { quota: null }, { quota: 4 }];
    expect(allocationSum(parts)).toBe(7);
    expect(allocationSum(undefined)).toBe(0);
    expect(sumStatus(7, 7)).toEqual({ ok: true, text: "合计 7 个，与总数 7 个相符" });
    expect(sumStatus(7, 10)).toEqual({ ok: false, text: "合计 7 个，与总数 10 个不符（还差 3 个）" });
    expect(sumStatus(12, 10).text).toContain("多出 2 个");
    expect(sumStatus(7, null).ok).toBe(false);
  });

  it("maps the form to setQuotaPlan's input, a split plan with every county", () => {
    const values = {
      total: 7,
      allocations: [
        { countyCode: "211221", quota: 3 },
        { countyCode: "211282", quota: null },
      ],
    };
    expect(toSetQuotaPlanInput(values, "COUNTY", 2026, true)).toEqual({
      level: "COUNTY",
      year: 2026,
      total: 7,
      allocations: [
        { countyCode: "211221", quota: 3 },
        { countyCode: "211282", quota: 0 },
      ],
    });
    expect(toSetQuotaPlanInput(values, "CITY", 2026, false).allocations).toEqual([]);
  });
});

describe("review decisions", () => {
  it("offers approve and reject on a nominated site, revoke on an approved one, nothing after", () => {
    expect(reviewDecisionsFor("NOMINATED")).toEqual(["APPROVE", "REJECT"]);
    expect(reviewDecisionsFor("APPROVED")).toEqual(["REVOKE"]);
    expect(reviewDecisionsFor("REJECTED")).toEqual([]);
    expect(reviewDecisionsFor("REVOKED")).toEqual([]);
  });
});

describe("orderYears", () => {
  it("puts the years with a plan first, latest first within each group", () => {
    expect(orderYears([2023, 2024, 2025, 2026], new Set([2023]))).toEqual([2023, 2026, 2025, 2024]);
    expect(orderYears([2026, 2023], new Set())).toEqual([2026, 2023]);
  });
});

describe("localDay", () => {
  it("gives the instant's day where the browser is", () => {
    const instant = "2026-11-27T18:30:00Z";
    const d = new Date(instant);
    expect(localDay(instant)).toBe(
      `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`,
    );
    expect(localDay("not a date")).toBe("not a date");
  });
});
