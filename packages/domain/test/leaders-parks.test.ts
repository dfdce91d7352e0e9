import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addDays,
  checkTermEnd,
  type LeaderValues,
  leaderInOffice,
  nextSortOrder,
  organizationHeadOn,
  termsOverlap,
  validateLeader,
  validatePark,
} from "../src/index.js";

const TODAY = "2026-11-27";
const base: LeaderValues = {
  level: "COUNTY",
  countyCode: "211281",
  name: "王明",
  title: "市委常委、组织部长",
  phone: "024-76543210",
  sortOrder: 4,
  termStart: "2024-01-05",
  termEnd: null,
  organizationHead: true,
};
const check = (
  v: Partial<LeaderValues>,
  otherHeads: { name: string; termStart: string | null; termEnd: string | null }[] = [],
) => validateLeader({ ...base, ...v }, { today: TODAY, requireStart: true, otherHeads });
const codes = (v: Partial<LeaderValues>, heads?: Parameters<typeof check>[1]) =>
  check(v, heads).errors.map((e) => e.code);

describe("a leader's term", () => {
  it("is in office from its start, no longer on its end", () => {
    const term = { termStart: "2024-01-05", termEnd: "2026-03-01" };
    expect(leaderInOffice(term, "2024-01-04")).toBe(false);
    expect(leaderInOffice(term, "2024-01-05")).toBe(true);
    expect(leaderInOffice(term, "2026-02-28")).toBe(true);
    expect(leaderInOffice(term, "2026-03-01")).toBe(false);
    expect(leaderInOffice({ termStart: null, termEnd: null }, "2000-01-01")).toBe(true);
  });

  // Two terms overlap exactly when some day has both in office.
  it("overlaps another exactly when a day has both in office (property)", () => {
    const day = fc.integer({ min: 0, max: 40 }).map((n) => addDays("2024-01-01", n));
    const term = fc
      .tuple(fc.option(day, { nil: null }), fc.option(day, { nil: null }))
      .filter(([s, e]) => s === null || e === null || e > s)
      .map(([termStart, termEnd]) => ({ termStart, termEnd }));
    fc.assert(
      fc.property(term, term, (a, b) => {
        const days = Array.from({ length: 45 }, (_, i) => addDays("2023-12-30", i));
        const common = days.some((d) => leaderInOffice(a, d) && leaderInOffice(b, d));
        // Open-ended terms reach beyond the window: they overlap there too.
        const beyond = (a.termEnd === null && b.termEnd === null) || (a.termStart === null && b.termStart === null);
        expect(termsOverlap(a, b)).toBe(common || beyond);
        expect(termsOverlap(b, a)).toBe(termsOverlap(a, b));
      }),
    );
  });
});

describe("validateLeader", () => {
  it("accepts a county's 组织部长 with a term", () => expect(check({}).valid).toBe(true));

  it("wants a name, a title, a valid phone and an order", () => {
    expect(codes({ name: "  ", title: "", phone: "abc", sortOrder: 0 })).toEqual([
      "NAME_REQUIRED",
      "TITLE_REQUIRED",
      "PHONE_INVALID",
      "ORDER_OUT_OF_RANGE",
    ]);
    expect(codes({ name: "张".repeat(33), title: "职".repeat(65) })).toEqual(["NAME_TOO_LONG", "TITLE_TOO_LONG"]);
  });

  it("puts a city leader in no county and a county leader in one of the nine", () => {
    expect(codes({ level: "CITY", organizationHead: false })).toEqual(["COUNTY_NOT_ALLOWED"]);
    expect(codes({ countyCode: null })).toEqual(["COUNTY_REQUIRED"]);
    expect(codes({ countyCode: "110101" })).toEqual(["UNKNOWN_COUNTY"]);
  });

  it("wants a term that started by today and ends after it starts, not later than today", () => {
    expect(codes({ termStart: null })).toEqual(["TERM_START_REQUIRED"]);
    expect(
      validateLeader({ ...base, termStart: null }, { today: TODAY, requireStart: false, otherHeads: [] }).valid,
    ).toBe(true);
    expect(codes({ termStart: "2026-11-28" })).toEqual(["TERM_START_IN_FUTURE"]);
    expect(codes({ termEnd: "2024-01-05" })).toEqual(["TERM_END_NOT_AFTER_START"]);
    expect(codes({ termEnd: "2026-11-28" })).toEqual(["TERM_END_IN_FUTURE"]);
    expect(codes({ termEnd: "2026-11-27" })).toEqual([]);
  });

  it("has one 组织部长 per county at a time, a county leader", () => {
    expect(codes({ level: "CITY", countyCode: null })).toEqual(["HEAD_NOT_COUNTY_LEADER"]);
    const predecessor = { name: "李强", termStart: "2019-01-01", termEnd: "2024-01-05" };
    expect(codes({}, [predecessor])).toEqual([]);
    const still = { name: "李强", termStart: "2019-01-01", termEnd: null };
    const clash = check({}, [still]);
    expect(clash.errors.map((e) => e.code)).toEqual(["HEAD_TERMS_OVERLAP"]);
    expect(clash.errors[0]?.message).toContain("李强");
    expect(codes({ organizationHead: false }, [still])).toEqual([]);
  });
});

describe("ending a term", () => {
  const leader = { name: "王明", termStart: "2024-01-05", termEnd: null };
  it("ends after the start, not after today; points in force must have started before", () => {
    expect(checkTermEnd(leader, "2026-03-01", TODAY, []).valid).toBe(true);
    expect(checkTermEnd(leader, "2024-01-05", TODAY, []).errors[0]?.code).toBe("TERM_END_NOT_AFTER_START");
    expect(checkTermEnd(leader, "2026-11-28", TODAY, []).errors[0]?.code).toBe("TERM_END_IN_FUTURE");
    const points = [{ startedOn: "2026-03-01", organizationName: "辽宁留德润滑油有限公司" }];
    expect(checkTermEnd(leader, "2026-03-01", TODAY, points).errors.map((e) => e.code)).toEqual([
      "POINT_STARTS_AFTER_END",
    ]);
    expect(checkTermEnd(leader, "2026-03-02", TODAY, points).valid).toBe(true);
  });
  it("happens once", () => {
    expect(checkTermEnd({ ...leader, termEnd: "2025-01-01" }, "2026-01-01", TODAY, []).errors[0]?.code).toBe(
      "ALREADY_ENDED",
    );
  });
});

describe("the county's 组织部长 on a day", () => {
  const leaders = [
    { id: 1, organizationHead: true, termStart: "2019-01-01", termEnd: "2024-01-05" },
    { id: 2, organizationHead: true, termStart: "2024-01-05", termEnd: null },
    { id: 3, organizationHead: false, termStart: "2020-01-01", termEnd: null },
  ];
  it("is the head in office then", () => {
    expect(organizationHeadOn(leaders, "2023-06-30")?.id).toBe(1);
    expect(organizationHeadOn(leaders, "2024-01-05")?.id).toBe(2);
    expect(organizationHeadOn(leaders, "2018-12-31")).toBeNull();
  });
  it("comes after the others in protocol order", () => {
    expect(nextSortOrder([])).toBe(1);
    expect(nextSortOrder([3, 1, 7])).toBe(8);
  });
});

describe("validatePark", () => {
  const park = {
    countyCode: "211281",
    name: "调兵山市工业园区",
    workCommitteeName: "调兵山市工业园区党工委",
    workCommitteeSecretary: "赵刚",
    workCommitteePhone: "024-76000000",
  };
  it("accepts a park with its 工委", () => expect(validatePark(park, ["开原市工业园区"]).valid).toBe(true));
  it("wants a name unique in its county, a known county, short texts and a valid phone", () => {
    const v = validatePark(
      { ...park, countyCode: "000000", workCommitteeSecretary: "赵".repeat(40), workCommitteePhone: "电话" },
      [" 调兵山市工业园区 "],
    );
    expect(v.errors.map((e) => e.code)).toEqual([
      "UNKNOWN_COUNTY",
      "NAME_TAKEN",
      "SECRETARY_TOO_LONG",
      "PHONE_INVALID",
    ]);
    expect(validatePark({ ...park, name: " " }, []).errors.map((e) => e.code)).toEqual(["NAME_REQUIRED"]);
  });
});
