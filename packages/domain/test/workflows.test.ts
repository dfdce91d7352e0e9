import { describe, expect, it } from "vitest";
import {
  advanceExcellence,
  BULLETIN_METRIC_LABELS,
  BULLETIN_METRICS,
  bulletinCategories,
  bulletinRows,
  checkContactPoint,
  checkContactPointEnd,
  checkNomination,
  checkReportPeriod,
  competitionRank,
  contactPointsWithoutSite,
  countyContactListDueOn,
  DEFAULT_STAR_BANDS,
  EXCELLENCE_STEPS,
  type ExcellenceStep,
  excellenceCompletion,
  fiveHavesMissing,
  fiveHavesPassed,
  fiveHavesRate,
  isContactListOverdue,
  isFrozen,
  type LeaderFacts,
  liaisonOfficerFor,
  nextExcellenceStep,
  parseStarBands,
  rateUnchecked,
  reportCompliance,
  reportDueOn,
  reviewSite,
  starsForScore,
  trainedShare,
  transitionReport,
} from "../src/index.js";

describe("demonstration-site lifecycle (§3.4)", () => {
  it("NOMINATED → APPROVED needs a passed 五有 assessment", () => {
    expect(reviewSite("NOMINATED", "APPROVE", { fiveHavesPassed: true })).toEqual({ ok: true, value: "APPROVED" });
    expect(reviewSite("NOMINATED", "APPROVE", { fiveHavesPassed: false })).toMatchObject({
      ok: false,
      error: { code: "PREREQUISITE_MISSING" },
    });
  });

  it("NOMINATED → REJECTED and APPROVED → REVOKED need a reason", () => {
    expect(reviewSite("NOMINATED", "REJECT", { fiveHavesPassed: false, note: "材料不全" })).toEqual({
      ok: true,
      value: "REJECTED",
    });
    expect(reviewSite("NOMINATED", "REJECT", { fiveHavesPassed: false, note: "  " })).toMatchObject({
      ok: false,
      error: { code: "NOTE_REQUIRED" },
    });
    expect(reviewSite("APPROVED", "REVOKE", { fiveHavesPassed: true, note: "作用发挥不明显" })).toEqual({
      ok: true,
      value: "REVOKED",
    });
  });

  it.each([
    ["APPROVED", "APPROVE"],
    ["APPROVED", "REJECT"],
    ["NOMINATED", "REVOKE"],
    ["REJECTED", "APPROVE"],
    ["REVOKED", "REVOKE"],
  ] as const)("%s cannot take %s (INVALID_TRANSITION)", (status, decision) => {
    expect(reviewSite(status, decision, { fiveHavesPassed: true, note: "x" })).toMatchObject({
      ok: false,
      error: { code: "INVALID_TRANSITION" },
    });
  });

  it("a nomination is an organization-covered unit of the county, once per year and level", () => {
    const base = {
      countyCode: "211281",
      organizationCountyCode: "211281",
      organizationInPopulation: true,
      organizationCovered: true,
      alreadyNominated: false,
    };
    expect(checkNomination(base)).toEqual({ ok: true, value: true });
    expect(checkNomination({ ...base, organizationCountyCode: "211282" })).toMatchObject({
      error: { code: "OUT_OF_SCOPE" },
    });
    expect(checkNomination({ ...base, organizationCovered: false })).toMatchObject({
      error: { code: "PREREQUISITE_MISSING" },
    });
    expect(checkNomination({ ...base, alreadyNominated: true })).toMatchObject({ error: { code: "ALREADY_ASSIGNED" } });
    expect(checkNomination({ ...base, organizationInPopulation: false })).toMatchObject({
      error: { code: "NOT_ELIGIBLE" },
    });
  });
});

describe("leaders' contact points (§3.5)", () => {
  const cityLeader: LeaderFacts = { id: "ld-c01", level: "CITY", countyCode: null };
  const countyLeader: LeaderFacts = { id: "ld-211281-1", level: "COUNTY", countyCode: "211281" };
  const org = { id: "org-1", countyCode: "211224", inPopulation: true };

  it("a city leader guides one organization a year (每人包扶一个); reassigning ends the old one first", () => {
    expect(checkContactPoint(cityLeader, org, 2023, [])).toEqual({ ok: true, value: true });
    const point = { leaderId: "ld-c01", organizationId: "org-2", year: 2023, endedOn: null };
    const existing = [point];
    expect(checkContactPoint(cityLeader, org, 2023, existing)).toMatchObject({ error: { code: "ALREADY_ASSIGNED" } });
    expect(checkContactPoint(cityLeader, org, 2024, existing).ok).toBe(true);
    const ended = [{ ...point, endedOn: "2023-06-30" }];
    expect(checkContactPoint(cityLeader, org, 2023, ended).ok).toBe(true);
  });

  it("a county leader's point lies in his county", () => {
    expect(checkContactPoint(countyLeader, org, 2023, [])).toMatchObject({ error: { code: "OUT_OF_SCOPE" } });
    expect(checkContactPoint(countyLeader, { ...org, countyCode: "211281" }, 2023, []).ok).toBe(true);
  });

  it("the organization must be in the population; the year must be real", () => {
    expect(checkContactPoint(cityLeader, { ...org, inPopulation: false }, 2023, [])).toMatchObject({
      error: { code: "NOT_ELIGIBLE" },
    });
    expect(checkContactPoint(cityLeader, org, 23, [])).toMatchObject({ error: { code: "INVALID_YEAR" } });
  });

  it("a point ends on a day between its start and today, once", () => {
    const point = { startedOn: "2023-03-01", endedOn: null };
    expect(checkContactPointEnd(point, "2023-06-30", "2023-07-01")).toEqual({ ok: true, value: "2023-06-30" });
    expect(checkContactPointEnd(point, "2023-02-28", "2023-07-01")).toMatchObject({
      error: { code: "INVALID_END_DATE" },
    });
    expect(checkContactPointEnd(point, "2023-07-02", "2023-07-01")).toMatchObject({
      error: { code: "INVALID_END_DATE" },
    });
    expect(checkContactPointEnd({ ...point, endedOn: "2023-05-01" }, "2023-06-30", "2023-07-01")).toMatchObject({
      error: { code: "ALREADY_ENDED" },
    });
  });

  it("counties report their lists by July 31", () => {
    expect(countyContactListDueOn(2023)).toBe("2023-07-31");
    expect(isContactListOverdue(2023, null, "2023-07-31")).toBe(false);
    expect(isContactListOverdue(2023, null, "2023-08-01")).toBe(true);
    expect(isContactListOverdue(2023, "2023-07-20", "2023-09-01")).toBe(false);
    expect(isContactListOverdue(2023, "2023-08-02", "2023-09-01")).toBe(true);
  });

  it("the 联络人 of a city leader's point is the 常委组织部长 of the point's county", () => {
    const heads = { "211224": "昌图县组织部长" };
    expect(liaisonOfficerFor(cityLeader, "211224", heads)).toBe("昌图县组织部长");
    expect(liaisonOfficerFor(countyLeader, "211224", heads)).toBeNull();
  });

  it("lists points in force that are not yet demonstration sites", () => {
    const points = [
      { leaderId: "a", organizationId: "o1", year: 2023, endedOn: null },
      { leaderId: "b", organizationId: "o2", year: 2023, endedOn: null },
      { leaderId: "c", organizationId: "o3", year: 2023, endedOn: "2023-05-01" },
    ];
    expect(contactPointsWithoutSite(points, new Set(["o1"])).map((p) => p.organizationId)).toEqual(["o2"]);
  });
});

describe("monthly reports (§3.6)", () => {
  it("DRAFT → SUBMITTED → ACCEPTED, or RETURNED with a reason → SUBMITTED", () => {
    expect(transitionReport("DRAFT", "SUBMIT")).toEqual({ ok: true, value: "SUBMITTED" });
    expect(transitionReport("SUBMITTED", "ACCEPT")).toEqual({ ok: true, value: "ACCEPTED" });
    expect(transitionReport("SUBMITTED", "RETURN", "数据有误")).toEqual({ ok: true, value: "RETURNED" });
    expect(transitionReport("RETURNED", "SUBMIT")).toEqual({ ok: true, value: "SUBMITTED" });
    expect(transitionReport("SUBMITTED", "RETURN")).toMatchObject({ error: { code: "NOTE_REQUIRED" } });
  });

  it.each([
    ["DRAFT", "ACCEPT"],
    ["DRAFT", "RETURN"],
    ["SUBMITTED", "SUBMIT"],
    ["ACCEPTED", "RETURN"],
    ["ACCEPTED", "SUBMIT"],
    ["RETURNED", "ACCEPT"],
  ] as const)("%s cannot %s", (status, action) => {
    expect(transitionReport(status, action, "x")).toMatchObject({ error: { code: "INVALID_TRANSITION" } });
  });

  it("freezes figures from submission on", () => {
    expect(["DRAFT", "SUBMITTED", "RETURNED", "ACCEPTED"].map((s) => isFrozen(s as never))).toEqual([
      false,
      true,
      false,
      true,
    ]);
  });

  it("can be prepared once its month has begun, and submitted once it is over", () => {
    expect(checkReportPeriod("2023-05", "PREPARE", "2023-04-30")).toMatchObject({
      error: { code: "PERIOD_NOT_STARTED" },
    });
    expect(checkReportPeriod("2023-05", "PREPARE", "2023-05-01").ok).toBe(true);
    expect(checkReportPeriod("2023-05", "SUBMIT", "2023-05-31")).toMatchObject({ error: { code: "PERIOD_NOT_ENDED" } });
    expect(checkReportPeriod("2023-05", "SUBMIT", "2023-06-01").ok).toBe(true);
  });

  it("is due on the 5th of the following month, configurable", () => {
    expect(reportDueOn("2023-05")).toBe("2023-06-05");
    expect(reportDueOn("2023-12")).toBe("2024-01-05");
    expect(reportDueOn("2023-01", { dueDay: 31 })).toBe("2023-02-28");
  });

  it("lists missing, overdue and late reports", () => {
    const c = reportCompliance(
      "2023-05",
      ["211221", "211281", "211282", "211224"],
      [
        { countyCode: "211281", status: "SUBMITTED", submittedOn: "2023-06-02" },
        { countyCode: "211282", status: "ACCEPTED", submittedOn: "2023-06-08" },
        { countyCode: "211224", status: "RETURNED", submittedOn: "2023-06-04" },
      ],
      "2023-06-10",
    );
    expect(c).toEqual({
      period: "2023-05",
      dueOn: "2023-06-05",
      missing: ["211221", "211224"],
      overdue: ["211221", "211224"],
      late: [{ countyCode: "211282", daysLate: 3 }],
    });
    expect(reportCompliance("2023-05", ["211221"], [], "2023-06-05").overdue).toEqual([]);
  });
});

describe("bulletin ranking", () => {
  it("uses competition ranking (1, 2, 2, 4) with ties listed by denominator then code", () => {
    const ranked = competitionRank([
      { key: "211204", rate: rateUnchecked(1, 4) },
      { key: "211281", rate: rateUnchecked(9, 10) },
      { key: "211221", rate: rateUnchecked(2, 4) },
      { key: "211282", rate: rateUnchecked(5, 10) },
      { key: "211272", rate: rateUnchecked(0, 0) },
    ]);
    expect(ranked.map((r) => [r.rank, r.item.key])).toEqual([
      [1, "211281"],
      [2, "211282"],
      [2, "211221"],
      [4, "211204"],
      [5, "211272"],
    ]);
  });

  it("shows month-on-month change in percentage points", () => {
    const rows = bulletinRows([
      { key: "a", rate: rateUnchecked(110, 250), previous: rateUnchecked(100, 250) },
      { key: "b", rate: rateUnchecked(50, 250), previous: null },
    ]);
    expect(rows.map((r) => [r.item.key, r.changePoints])).toEqual([
      ["a", 4],
      ["b", null],
    ]);
  });
});

describe("五有, 创先争优, 星级量化, 书记培训 (§4)", () => {
  const all = { hasOrganization: true, hasRules: true, hasActivities: true, hasVenue: true, hasImpact: true };

  it("五有 passes only with all five, and its rate is passed ÷ assessed", () => {
    expect(fiveHavesPassed(all)).toBe(true);
    expect(fiveHavesPassed({ ...all, hasVenue: false })).toBe(false);
    expect(fiveHavesMissing({ ...all, hasVenue: false, hasRules: false })).toEqual(["hasRules", "hasVenue"]);
    expect(fiveHavesRate([all, { ...all, hasImpact: false }, all])).toMatchObject({ numerator: 2, denominator: 3 });
  });

  it("创先争优 takes the six steps in order: no skip, no repeat", () => {
    let done: ExcellenceStep[] = [];
    for (const step of EXCELLENCE_STEPS) {
      const r = advanceExcellence(done, step);
      expect(r.ok).toBe(true);
      if (r.ok) done = r.value;
    }
    expect(nextExcellenceStep(done)).toBeNull();
    expect(advanceExcellence(done, "COMMENDATION")).toMatchObject({ error: { code: "INVALID_TRANSITION" } });
    expect(advanceExcellence([], "SELF_REVIEW")).toMatchObject({
      error: { code: "INVALID_TRANSITION", message: expect.stringContaining("公开承诺") },
    });
    expect(advanceExcellence(["PUBLIC_PLEDGE"], "PUBLIC_PLEDGE")).toMatchObject({
      error: { message: expect.stringContaining("不能重复") },
    });
    expect(advanceExcellence(["SELF_REVIEW"], "LEADER_REVIEW").ok).toBe(false);
  });

  it("gives completion rates per step", () => {
    const c = excellenceCompletion([["PUBLIC_PLEDGE", "SELF_REVIEW"], ["PUBLIC_PLEDGE"], []]);
    expect([c.PUBLIC_PLEDGE.numerator, c.SELF_REVIEW.numerator, c.COMMENDATION.numerator]).toEqual([2, 1, 0]);
    expect(c.PUBLIC_PLEDGE.denominator).toBe(3);
  });

  it("maps a score to 1–5 stars by configurable bands", () => {
    expect([0, 59, 60, 75, 89.9, 90, 100].map((s) => starsForScore(s))).toEqual([1, 1, 2, 3, 4, 5, 5]);
    expect(DEFAULT_STAR_BANDS).toEqual([60, 70, 80, 90]);
    const bands = parseStarBands([50, 65, 80, 95]);
    expect(bands.ok && starsForScore(80, bands.value)).toBe(4);
    expect(parseStarBands([60, 60, 80, 90])).toMatchObject({ ok: false, error: { code: "INVALID_BANDS" } });
    expect(parseStarBands([60, 70, 80])).toMatchObject({ ok: false });
  });

  it("gives the share of secretaries trained", () => {
    expect(trainedShare(40, 30).percent).toBe("75.0%");
  });
});

describe("bulletin metrics", () => {
  it("names every metric, and ranks 规上组建率 for non-public enterprises only", () => {
    expect(Object.keys(BULLETIN_METRIC_LABELS).sort()).toEqual([...BULLETIN_METRICS].sort());
    expect(bulletinCategories("ABOVE_SCALE_COVERAGE")).toEqual(["NON_PUBLIC_ENTERPRISE"]);
    for (const metric of BULLETIN_METRICS.filter((m) => m !== "ABOVE_SCALE_COVERAGE")) {
      expect(bulletinCategories(metric)).toEqual(["NON_PUBLIC_ENTERPRISE", "SOCIAL_ORGANIZATION"]);
    }
  });
});
