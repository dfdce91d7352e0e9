import { describe, expect, it } from "vitest";
import { contactListStatus, contactPointRows, hasCurrentPoint, summarize, yearOptions } from "./contact-points";

const point = (id: string, county: string, endedOn: string | null = null) => ({
  id,
  startedOn: "2023-03-01",
  endedOn,
  liaisonOfficerName: "孙婷旭",
  organization: { id: `o-${id}`, name: `单位${id}`, county: { code: county, name: county } },
});

const leaders = [
  { id: "l1", name: "冯海祥", title: "市委书记", contactPoints: [point("p1", "211224")] },
  { id: "l2", name: "卢福斌", title: "市长", contactPoints: [] },
  {
    id: "l3",
    name: "陈东鹏",
    title: "主任",
    contactPoints: [point("p2", "211281", "2023-06-01"), point("p3", "211281")],
  },
];

describe("contactPointRows", () => {
  it("lists every leader in order, with a row per point and one for a leader without a point", () => {
    const rows = contactPointRows(leaders);
    expect(rows.map((r) => [r.order, r.leader.name, r.point?.id ?? null])).toEqual([
      [1, "冯海祥", "p1"],
      [2, "卢福斌", null],
      [3, "陈东鹏", "p3"],
      [3, "陈东鹏", "p2"],
    ]);
    expect(new Set(rows.map((r) => r.key)).size).toBe(rows.length);
  });

  it("within a county, keeps only the points in it", () => {
    expect(contactPointRows(leaders, { onlyCountyCode: "211281" }).map((r) => r.point?.id)).toEqual(["p3", "p2"]);
    expect(contactPointRows(leaders, { onlyCountyCode: "211272" })).toEqual([]);
  });
});

describe("summarize", () => {
  it("counts leaders with a current point", () => {
    expect(summarize(leaders)).toEqual({ leaders: 3, withPoint: 2, withoutPoint: 1 });
    expect(summarize([{ ...leaders[0], contactPoints: [point("x", "211221", "2023-05-01")] }] as never)).toEqual({
      leaders: 1,
      withPoint: 0,
      withoutPoint: 1,
    });
  });
});

describe("yearOptions", () => {
  it("offers the years from 2023 to the current one, latest first", () => {
    expect(yearOptions(2026)).toEqual([2026, 2025, 2024, 2023]);
    expect(yearOptions(2023)).toEqual([2023]);
    expect(yearOptions(2020)).toEqual([2023]);
  });
});

describe("contactListStatus", () => {
  it("names the four states of a county's list", () => {
    expect(contactListStatus({ reportedOn: "2026-07-20", overdue: false })).toEqual({
      label: "已按时报送",
      color: "success",
    });
    expect(contactListStatus({ reportedOn: "2026-08-02", overdue: true }).label).toBe("逾期报送");
    expect(contactListStatus({ reportedOn: null, overdue: true })).toEqual({ label: "逾期未报送", color: "error" });
    expect(contactListStatus({ reportedOn: null, overdue: false }).label).toBe("未报送");
  });
});

describe("hasCurrentPoint", () => {
  it("is true only while a point is not ended", () => {
    const pointEnding = (endedOn: string | null) => ({
      id: "p",
      startedOn: "2026-01-05",
      endedOn,
      liaisonOfficerName: null,
      organization: { id: "o", name: "某公司", county: { code: "211281", name: "调兵山市" } },
    });
    expect(hasCurrentPoint({ contactPoints: [] })).toBe(false);
    expect(hasCurrentPoint({ contactPoints: [pointEnding("2026-03-01")] })).toBe(false);
    expect(hasCurrentPoint({ contactPoints: [pointEnding("2026-03-01"), pointEnding(null)] })).toBe(true);
  });
});
