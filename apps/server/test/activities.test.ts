/**
 * The activities of the speech (domain.md §4) over HTTP on both back ends: 创先争优's six steps in
 * order and their completion rates, 书记培训's courses, attendance and the share of secretaries
 * trained, 星级量化's scores and stars, 联席会's meetings; scope, audit entries for every write and
 * none for a refused one, and hostile input that changes nothing.
 */
import { COUNTY_CODES } from "@liangxin/domain";
import { generateReferenceDataset } from "@liangxin/domain/reference";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { backends, startTestServer, type TestServer } from "./support/harness.js";
import { auditCount, errorsOf, globalId, mutation, REPORT_TABLES } from "./support/report-tables.js";
import { snapshot } from "./support/snapshot.js";

const TODAY = "2026-11-27"; // the harness's clock

const ADVANCE = `mutation($i: AdvanceExcellenceInput!) { advanceExcellenceStep(input: $i) {
  campaign { year completedSteps nextStep steps { step label note recordedOn } } userErrors { code message field } } }`;
const CREATE_COURSE = `mutation($i: CreateTrainingCourseInput!) { createTrainingCourse(input: $i) {
  course { id name level heldOn hours county { code } } userErrors { code message field } } }`;
const ATTEND = `mutation($i: RecordTrainingAttendanceInput!) { recordTrainingAttendance(input: $i) {
  course { id attendees { secretaryName branch { id secretaryName } } } userErrors { code message field } } }`;
const RATE = `mutation($i: RateBranchStarsInput!) { rateBranchStars(input: $i) {
  rating { period score stars } userErrors { code message field } } }`;
const MEET = `mutation($i: RecordJointMeetingInput!) { recordJointMeeting(input: $i) {
  meeting { id heldOn title departments decisions county { code } } userErrors { code message field } } }`;

type UserErrors = { code: string; message: string; field: string[] | null }[];

describe.each(backends())("the activities on %s", (backend) => {
  let server: TestServer;
  /** Branches of 调兵山市 (own) and 开原市 (other), with their founding days and secretaries. */
  let own: { id: string; foundedOn: string; secretaryName: string }[];
  let other: { id: string; foundedOn: string; secretaryName: string }[];

  beforeAll(async () => {
    server = await startTestServer(backend, { label: "activities" });
    const branches = async (county: string) => {
      const d = await server.query<{
        county: {
          organizations: { nodes: { branches: { id: string; foundedOn: string; secretaryName: string }[] }[] };
        };
      }>(
        `query($c: String!) { county(code: $c) { organizations(first: 30, filter: {organizationCovered: true}) {
          nodes { branches { id foundedOn secretaryName } } } } }`,
        { c: county },
      );
      const seen = new Map<string, { id: string; foundedOn: string; secretaryName: string }>();
      for (const n of d.county.organizations.nodes) for (const b of n.branches) seen.set(b.id, b);
      return [...seen.values()];
    };
    own = await branches("211281");
    other = await branches("211282");
  });
  afterAll(async () => server?.stop());

  /** Runs a write expected to be refused: the userErrors, and proof that nothing changed. */
  const refused = async (user: string, query: string, input: Record<string, unknown>): Promise<UserErrors> => {
    const before = await snapshot(server, REPORT_TABLES);
    const r = await mutation(server, user, query, { i: input });
    expect(Object.entries(r).find(([k]) => k !== "userErrors")?.[1]).toBeNull();
    expect(await snapshot(server, REPORT_TABLES)).toEqual(before);
    return r.userErrors;
  };
  /** Runs an input refused before the resolver (BAD_USER_INPUT), and proves nothing changed. */
  const badInput = async (user: string, query: string, input: Record<string, unknown>) => {
    const before = await snapshot(server, REPORT_TABLES);
    const errors = await errorsOf(server, user, query, { i: input });
    expect(errors[0]?.extensions?.code, JSON.stringify(input).slice(0, 80)).toBe("BAD_USER_INPUT");
    expect(await snapshot(server, REPORT_TABLES)).toEqual(before);
  };

  describe("创先争优", () => {
    it("records the six steps in order with notes; a skip, a repeat or a seventh is INVALID_TRANSITION", async () => {
      const branch = own[0]?.id as string;
      const step = (s: string, note?: string) => ({ branchId: branch, year: 2026, step: s, note });
      expect(await refused("county-211281", ADVANCE, step("SELF_REVIEW"))).toEqual([
        { code: "INVALID_TRANSITION", message: "须先完成「公开承诺」，环节不能跳过", field: ["input", "step"] },
      ]);
      const audits = await auditCount(server, "advanceExcellenceStep");
      const first = await mutation<{ campaign: unknown }>(server, "county-211281", ADVANCE, {
        i: step("PUBLIC_PLEDGE", "支部书记公开承诺三件实事"),
      });
      expect(first).toEqual({
        campaign: {
          year: 2026,
          completedSteps: ["PUBLIC_PLEDGE"],
          nextStep: "SELF_REVIEW",
          steps: [{ step: "PUBLIC_PLEDGE", label: "公开承诺", note: "支部书记公开承诺三件实事", recordedOn: TODAY }],
        },
        userErrors: [],
      });
      expect((await refused("county-211281", ADVANCE, step("PUBLIC_PLEDGE")))[0]?.message).toBe(
        "「公开承诺」已完成，不能重复",
      );
      expect((await refused("county-211281", ADVANCE, step("LEADER_REVIEW")))[0]?.message).toBe(
        "须先完成「自我讲评」，环节不能跳过",
      );
      for (const s of ["SELF_REVIEW", "LEADER_REVIEW", "MASS_APPRAISAL", "ORG_SELECTION", "COMMENDATION"]) {
        const r = await mutation(server, "city-admin", ADVANCE, { i: step(s) });
        expect(r.userErrors, s).toEqual([]);
      }
      expect(await refused("county-211281", ADVANCE, step("COMMENDATION"))).toEqual([
        { code: "INVALID_TRANSITION", message: "六个环节已全部完成", field: ["input", "step"] },
      ]);
      expect(await auditCount(server, "advanceExcellenceStep")).toBe(audits + 6);
      const d = await server.query<{
        node: { excellence: { completedSteps: string[]; nextStep: string | null; steps: { note: string | null }[] } };
        previous: { excellence: { completedSteps: string[]; nextStep: string } };
        history: { history: { nodes: { operation: string; username: string }[] } };
      }>(
        `query($id: ID!) { node(id: $id) { ... on Branch { excellence(year: 2026) { completedSteps nextStep steps { note } } } }
          previous: node(id: $id) { ... on Branch { excellence(year: 2025) { completedSteps nextStep } } }
          history: node(id: $id) { ... on Branch { history(first: 10) { nodes { operation username } } } } }`,
        { id: branch },
      );
      expect(d.node.excellence).toEqual({
        completedSteps: [
          "PUBLIC_PLEDGE",
          "SELF_REVIEW",
          "LEADER_REVIEW",
          "MASS_APPRAISAL",
          "ORG_SELECTION",
          "COMMENDATION",
        ],
        nextStep: null,
        steps: [
          { note: "支部书记公开承诺三件实事" },
          { note: null },
          { note: null },
          { note: null },
          { note: null },
          { note: null },
        ],
      });
      expect(d.previous.excellence).toEqual({ completedSteps: [], nextStep: "PUBLIC_PLEDGE" });
      expect(d.history.history.nodes.map((n) => [n.operation, n.username]).slice(-1)).toEqual([
        ["advanceExcellenceStep", "county-211281"],
      ]);
      // A year before the branch existed has no campaign.
      const founded = Number(own[0]?.foundedOn.slice(0, 4));
      const before = await server.query<{ node: { excellence: null } }>(
        "query($id: ID!, $y: Int!) { node(id: $id) { ... on Branch { excellence(year: $y) { nextStep } } } }",
        { id: branch, y: founded - 1 },
      );
      expect(before.node.excellence).toBeNull();
    });

    it("lets only one of two simultaneous requests record the same step", async () => {
      const i = { branchId: own[7]?.id, year: 2024, step: "PUBLIC_PLEDGE" };
      const audits = await auditCount(server, "advanceExcellenceStep");
      const both = await Promise.all([
        mutation<{ campaign: unknown }>(server, "county-211281", ADVANCE, { i }),
        mutation<{ campaign: unknown }>(server, "city-admin", ADVANCE, { i }),
      ]);
      expect(both.map((r) => (r.campaign ? "OK" : r.userErrors[0]?.code)).sort()).toEqual(["INVALID_TRANSITION", "OK"]);
      expect(await auditCount(server, "advanceExcellenceStep")).toBe(audits + 1);
    });

    // Every branch expected to take part is in the denominator (in force on 2025-12-31, or having
    // recorded a step that year): one that has not begun counts with no step, so the first step
    // does not read 100% as soon as one branch records it.
    it("gives the completion rate of each step per county and for the city, over every branch expected", async () => {
      const year = 2025;
      const steps = ["PUBLIC_PLEDGE", "SELF_REVIEW", "LEADER_REVIEW"];
      for (const s of steps)
        await mutation(server, "county-211281", ADVANCE, { i: { branchId: own[1]?.id, year, step: s } });
      await mutation(server, "county-211281", ADVANCE, { i: { branchId: own[2]?.id, year, step: "PUBLIC_PLEDGE" } });
      await mutation(server, "city-admin", ADVANCE, { i: { branchId: other[0]?.id, year, step: "PUBLIC_PLEDGE" } });
      // Counted here independently: branches in force on the year's last day, by county.
      const inForce: { county_code: string; n: number | string }[] = await server.app.dataSource.query(
        `SELECT county_code, COUNT(*) AS n FROM branch WHERE founded_on <= '2025-12-31'
           AND (dissolved_on IS NULL OR dissolved_on > '2025-12-31') GROUP BY county_code`,
      );
      const expected = new Map(inForce.map((r) => [r.county_code, Number(r.n)]));
      const cityExpected = [...expected.values()].reduce((a, b) => a + b, 0);
      const d = await server.query<{
        excellenceCompletion: {
          city: {
            campaignCount: number;
            expectedCount: number;
            steps: {
              step: string;
              label: string;
              rate: { numerator: number; denominator: number; percent: string | null };
            }[];
          };
          counties: {
            county: { code: string };
            campaignCount: number;
            expectedCount: number;
            steps: { rate: { numerator: number; denominator: number; percent: string | null } }[];
          }[];
        };
      }>(
        `{ excellenceCompletion(year: ${year}) {
          city { campaignCount expectedCount steps { step label rate { numerator denominator percent } } }
          counties { county { code } campaignCount expectedCount steps { rate { numerator denominator percent } } } } }`,
        {},
        "county-211282",
      );
      const c = d.excellenceCompletion;
      expect(c.city.campaignCount).toBe(3);
      expect(c.city.expectedCount).toBe(cityExpected);
      expect(cityExpected).toBeGreaterThan(500);
      expect(c.city.steps.map((s) => [s.step, s.label, s.rate.numerator, s.rate.denominator])).toEqual([
        ["PUBLIC_PLEDGE", "公开承诺", 3, cityExpected],
        ["SELF_REVIEW", "自我讲评", 1, cityExpected],
        ["LEADER_REVIEW", "领导讲评", 1, cityExpected],
        ["MASS_APPRAISAL", "群众评议", 0, cityExpected],
        ["ORG_SELECTION", "组织选评", 0, cityExpected],
        ["COMMENDATION", "表彰", 0, cityExpected],
      ]);
      expect(c.counties.map((x) => x.county.code)).toEqual([...COUNTY_CODES]);
      const byCode = new Map(c.counties.map((x) => [x.county.code, x]));
      const mine = expected.get("211281") as number;
      expect(byCode.get("211281")?.expectedCount).toBe(mine);
      expect(byCode.get("211281")?.steps.map((s) => [s.rate.numerator, s.rate.denominator])).toEqual([
        [2, mine],
        [1, mine],
        [1, mine],
        [0, mine],
        [0, mine],
        [0, mine],
      ]);
      expect(byCode.get("211281")?.steps[0]?.rate.percent).not.toBe("100.0%");
      const theirs = expected.get("211282") as number;
      expect(byCode.get("211282")?.steps.map((s) => [s.rate.numerator, s.rate.denominator])[0]).toEqual([1, theirs]);
      // A county where no branch began: every step at 0 of its branches.
      const idle = expected.get("211221") as number;
      expect(byCode.get("211221")).toMatchObject({ campaignCount: 0, expectedCount: idle });
      expect(byCode.get("211221")?.steps.every((s) => s.rate.numerator === 0 && s.rate.denominator === idle)).toBe(
        true,
      );
    });

    it("refuses another county's branch, unknown ids, impossible years and bad input, changing nothing", async () => {
      const i = (extra: Record<string, unknown>) => ({
        branchId: own[3]?.id,
        year: 2026,
        step: "PUBLIC_PLEDGE",
        ...extra,
      });
      expect((await refused("county-211281", ADVANCE, i({ branchId: other[1]?.id })))[0]).toMatchObject({
        code: "OUT_OF_SCOPE",
        field: ["input", "branchId"],
      });
      for (const id of [globalId("Branch", 999999), globalId("Organization", 1), "' OR 1=1 --", "<img src=x>"]) {
        expect((await refused("county-211281", ADVANCE, i({ branchId: id })))[0]?.code).toBe("NOT_FOUND");
      }
      for (const year of [2027, 1999, -1, 0]) {
        expect((await refused("county-211281", ADVANCE, i({ year })))[0], String(year)).toMatchObject({
          code: "INVALID_INPUT",
          field: ["input", "year"],
        });
      }
      const founded = Number(own[3]?.foundedOn.slice(0, 4));
      if (founded > 2000) {
        expect((await refused("county-211281", ADVANCE, i({ year: founded - 1 })))[0]?.message).toContain("不存在");
      }
      for (const bad of [
        { year: 2 ** 31 },
        { year: "2026" },
        { step: "SKIP_ALL" },
        { step: "PUBLIC_PLEDGE'; DELETE FROM excellence_step; --" },
        { note: "注".repeat(2001) },
        { branchId: "B".repeat(300) },
        { branchId: null },
      ]) {
        await badInput("county-211281", ADVANCE, i(bad));
      }
      for (const user of ["reviewer", "viewer"]) {
        expect((await errorsOf(server, user, ADVANCE, { i: i({}) }))[0]?.extensions?.code).toBe("FORBIDDEN");
      }
    });
  });

  describe("书记培训", () => {
    let cityCourse: string;
    let countyCourse: string;

    it("creates courses of the city and of a county; refuses the wrong level, scope or a duplicate", async () => {
      const audits = await auditCount(server, "createTrainingCourse");
      const city = await mutation<{ course: { id: string } }>(server, "city-admin", CREATE_COURSE, {
        i: { name: "全市两新组织党组织书记示范培训班", level: "CITY", heldOn: "2026-05-10", hours: 16 },
      });
      expect(city).toMatchObject({
        course: {
          name: "全市两新组织党组织书记示范培训班",
          level: "CITY",
          heldOn: "2026-05-10",
          hours: 16,
          county: null,
        },
        userErrors: [],
      });
      cityCourse = city.course.id;
      const name = `调兵山市书记轮训班 <b>第1期</b> '; DROP TABLE training_course; --`;
      const county = await mutation<{ course: { id: string; name: string } }>(server, "county-211281", CREATE_COURSE, {
        i: { name, level: "COUNTY", countyCode: "211281", heldOn: "2026-06-01", hours: 8 },
      });
      expect(county.course).toMatchObject({ name, county: { code: "211281" } });
      countyCourse = county.course.id;
      expect(await auditCount(server, "createTrainingCourse")).toBe(audits + 2);

      const course = (extra: Record<string, unknown>) => ({
        name: "培训班",
        level: "COUNTY",
        countyCode: "211281",
        heldOn: "2026-07-01",
        hours: 4,
        ...extra,
      });
      expect(
        (await refused("county-211281", CREATE_COURSE, course({ level: "CITY", countyCode: null })))[0],
      ).toMatchObject({
        code: "OUT_OF_SCOPE",
      });
      expect((await refused("county-211281", CREATE_COURSE, course({ countyCode: "211282" })))[0]?.code).toBe(
        "OUT_OF_SCOPE",
      );
      expect((await refused("city-admin", CREATE_COURSE, course({ level: "CITY" })))[0]).toMatchObject({
        code: "INVALID_INPUT",
        field: ["input", "countyCode"],
      });
      expect((await refused("city-admin", CREATE_COURSE, course({ countyCode: null })))[0]?.code).toBe("INVALID_INPUT");
      expect((await refused("city-admin", CREATE_COURSE, course({ countyCode: "999999" })))[0]?.code).toBe("NOT_FOUND");
      expect((await refused("city-admin", CREATE_COURSE, course({ name: "   " })))[0]).toMatchObject({
        code: "INVALID_INPUT",
        field: ["input", "name"],
      });
      expect((await refused("city-admin", CREATE_COURSE, course({ heldOn: "1999-12-31" })))[0]?.field).toEqual([
        "input",
        "heldOn",
      ]);
      expect(await refused("county-211281", CREATE_COURSE, course({ name, heldOn: "2026-06-01", hours: 2 }))).toEqual([
        { code: "CONFLICT", message: `2026-06-01 已登记过「${name}」培训班`, field: ["input", "name"] },
      ]);
      for (const bad of [
        { hours: 0 },
        { hours: -8 },
        { hours: 501 },
        { hours: 2 ** 40 },
        { hours: 1.5 },
        { heldOn: "2026-02-30" },
        { heldOn: "tomorrow" },
        { name: "名".repeat(201) },
        { level: "PROVINCE" },
        { countyCode: "2112811" },
      ]) {
        await badInput("city-admin", CREATE_COURSE, course(bad));
      }
    });

    it("records the secretaries who attended a course held already; duplicates, strangers and the future are refused", async () => {
      const audits = await auditCount(server, "recordTrainingAttendance");
      const ours = [own[0], own[1]] as { id: string; secretaryName: string }[];
      const r = await mutation<{ course: { attendees: { secretaryName: string; branch: { id: string } }[] } }>(
        server,
        "county-211281",
        ATTEND,
        { i: { courseId: cityCourse, branchIds: ours.map((b) => b.id) } },
      );
      expect(r.userErrors).toEqual([]);
      const pairs = (list: string[][]) => list.map((p) => p.join("|")).sort();
      expect(pairs(r.course.attendees.map((a) => [a.branch.id, a.secretaryName]))).toEqual(
        pairs(ours.map((b) => [b.id, b.secretaryName])),
      );
      expect(await auditCount(server, "recordTrainingAttendance")).toBe(audits + 2);
      await mutation(server, "city-admin", ATTEND, { i: { courseId: cityCourse, branchIds: [other[0]?.id] } });

      expect(
        await refused("county-211281", ATTEND, { courseId: cityCourse, branchIds: [own[2]?.id, own[0]?.id] }),
      ).toEqual([
        {
          code: "CONFLICT",
          message: expect.stringContaining("已登记参加本培训班"),
          field: ["input", "branchIds", "1"],
        },
      ]);
      expect(
        (await refused("county-211281", ATTEND, { courseId: cityCourse, branchIds: [other[1]?.id] }))[0]?.code,
      ).toBe("OUT_OF_SCOPE");
      expect(
        (await refused("city-admin", ATTEND, { courseId: countyCourse, branchIds: [other[1]?.id] }))[0],
      ).toMatchObject({
        code: "INVALID_INPUT",
        message: "县级培训班只能登记本县（市）区党组织的书记",
      });
      expect(
        (await refused("county-211281", ATTEND, { courseId: cityCourse, branchIds: [own[2]?.id, own[2]?.id] }))[0]
          ?.code,
      ).toBe("INVALID_INPUT");
      expect((await refused("county-211281", ATTEND, { courseId: cityCourse, branchIds: [] }))[0]?.code).toBe(
        "INVALID_INPUT",
      );
      for (const courseId of [globalId("TrainingCourse", 99999), globalId("Branch", 1), "%27%20OR%201"]) {
        expect((await refused("county-211281", ATTEND, { courseId, branchIds: [own[2]?.id] }))[0]?.code).toBe(
          "NOT_FOUND",
        );
      }
      const future = await mutation<{ course: { id: string } }>(server, "city-admin", CREATE_COURSE, {
        i: { name: "年底集中培训", level: "CITY", heldOn: "2026-12-15", hours: 8 },
      });
      expect(
        (await refused("county-211281", ATTEND, { courseId: future.course.id, branchIds: [own[2]?.id] }))[0]?.message,
      ).toBe("培训班 2026-12-15 才举办，尚不能登记参训");
      await badInput("county-211281", ATTEND, {
        courseId: cityCourse,
        branchIds: Array.from({ length: 251 }, (_, i) => globalId("Branch", i + 1)),
      });
      await badInput("county-211281", ATTEND, { courseId: cityCourse, branchIds: ["x".repeat(500)] });
      await badInput("county-211281", ATTEND, { courseId: cityCourse, branchIds: [{ id: own[2]?.id }] });
    });

    it("lists a county's courses with the city's, attendees in the reader's scope, and the share of secretaries trained", async () => {
      const list = async (user: string, county: string | null) =>
        (
          await server.query<{ trainingCourses: { id: string; attendees: { branch: { id: string } }[] }[] }>(
            "query($c: String) { trainingCourses(year: 2026, countyCode: $c) { id attendees { branch { id } } } }",
            { c: county },
            user,
          )
        ).trainingCourses;
      const forOther = await list("county-211282", null);
      expect(forOther.map((c) => c.id)).not.toContain(countyCourse);
      const city = forOther.find((c) => c.id === cityCourse);
      expect(city?.attendees.map((a) => a.branch.id)).toEqual([other[0]?.id]);
      const all = await list("city-admin", null);
      expect(all.map((c) => c.id)).toEqual(expect.arrayContaining([cityCourse, countyCourse]));
      expect(all.find((c) => c.id === cityCourse)?.attendees).toHaveLength(3);
      const r = await server.gql(
        '{ trainingCourses(year: 2026, countyCode: "211281") { id } }',
        {},
        await server.login("county-211282"),
      );
      expect(r.body.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");

      // Secretaries: the branches in force on the day; the reference ledger has no later change.
      const dataset = generateReferenceDataset();
      const inForce = (county: string | null) =>
        dataset.branches.filter(
          (b) => (county === null || b.countyCode === county) && b.foundedOn <= TODAY && !b.dissolvedOn,
        ).length;
      const d = await server.query<{
        secretaryTraining: {
          asOf: string;
          city: {
            secretaries: number;
            trained: number;
            share: { numerator: number; denominator: number; percent: string };
          };
          counties: { county: { code: string }; secretaries: number; trained: number }[];
        };
      }>(
        "{ secretaryTraining(year: 2026) { asOf city { secretaries trained share { numerator denominator percent } } counties { county { code } secretaries trained } } }",
        {},
        "viewer",
      );
      const s = d.secretaryTraining;
      expect(s.asOf).toBe(TODAY);
      expect(s.city).toMatchObject({
        secretaries: inForce(null),
        trained: 3,
        share: { numerator: 3, denominator: inForce(null) },
      });
      expect(s.counties.map((c) => [c.county.code, c.secretaries, c.trained])).toEqual(
        COUNTY_CODES.map((code) => [code, inForce(code), code === "211281" ? 2 : code === "211282" ? 1 : 0]),
      );
      const past = await server.query<{ secretaryTraining: { asOf: string; city: { trained: number } } }>(
        "{ secretaryTraining(year: 2025) { asOf city { trained } } }",
      );
      expect(past.secretaryTraining).toEqual({ asOf: "2025-12-31", city: { trained: 0 } });
    });
  });

  describe("星级量化", () => {
    it("maps a branch's score to stars by the bands; re-rating replaces it; the same score changes nothing", async () => {
      const branch = own[4]?.id as string;
      const rate = (score: number, period = "2026-10") =>
        mutation<{ rating: { stars: number; score: number; period: string } }>(server, "county-211281", RATE, {
          i: { branchId: branch, period, score },
        });
      const audits = await auditCount(server, "rateBranchStars");
      expect((await rate(85)).rating).toEqual({ period: "2026-10", score: 85, stars: 4 });
      expect((await rate(92.5)).rating).toEqual({ period: "2026-10", score: 92.5, stars: 5 });
      expect(await auditCount(server, "rateBranchStars")).toBe(audits + 2);
      const before = await snapshot(server, REPORT_TABLES);
      expect((await rate(92.5)).rating?.stars).toBe(5);
      expect(await snapshot(server, REPORT_TABLES)).toEqual(before);
      for (const [score, stars] of [
        [0, 1],
        [59.9, 1],
        [60, 2],
        [70, 3],
        [79.9, 3],
        [90, 5],
        [1000, 5],
      ] as const) {
        expect((await rate(score, "2026-09")).rating?.stars, String(score)).toBe(stars);
      }
      const d = await server.query<{ node: { starRating: { score: number; stars: number } | null; none: null } }>(
        `query($id: ID!) { node(id: $id) { ... on Branch { starRating(period: "2026-10") { score stars } none: starRating(period: "2026-01") { stars } } } }`,
        { id: branch },
      );
      expect(d.node).toEqual({ starRating: { score: 92.5, stars: 5 }, none: null });
    });

    it("summarizes a period by stars, for the city and each county, with the bands", async () => {
      await mutation(server, "county-211281", RATE, { i: { branchId: own[5]?.id, period: "2026-08", score: 65 } });
      await mutation(server, "county-211281", RATE, { i: { branchId: own[6]?.id, period: "2026-08", score: 88 } });
      await mutation(server, "city-admin", RATE, { i: { branchId: other[2]?.id, period: "2026-08", score: 95 } });
      const d = await server.query<{
        starRatings: {
          bands: number[];
          city: { rated: number; byStars: number[] };
          counties: { county: { code: string }; rated: number; byStars: number[] }[];
        };
      }>(
        '{ starRatings(period: "2026-08") { bands city { rated byStars } counties { county { code } rated byStars } } }',
        {},
        "viewer",
      );
      expect(d.starRatings.bands).toEqual([60, 70, 80, 90]);
      expect(d.starRatings.city).toEqual({ rated: 3, byStars: [0, 1, 0, 1, 1] });
      const byCode = new Map(d.starRatings.counties.map((c) => [c.county.code, c]));
      expect(byCode.get("211281")).toMatchObject({ rated: 2, byStars: [0, 1, 0, 1, 0] });
      expect(byCode.get("211282")).toMatchObject({ rated: 1, byStars: [0, 0, 0, 0, 1] });
      expect(byCode.get("211272")).toMatchObject({ rated: 0, byStars: [0, 0, 0, 0, 0] });
    });

    it("refuses another county's branch, a month not over or impossible, and scores out of range", async () => {
      const i = (extra: Record<string, unknown>) => ({ branchId: own[7]?.id, period: "2026-10", score: 80, ...extra });
      expect((await refused("county-211281", RATE, i({ branchId: other[3]?.id })))[0]?.code).toBe("OUT_OF_SCOPE");
      expect((await refused("county-211281", RATE, i({ branchId: globalId("Branch", 0) })))[0]?.code).toBe("NOT_FOUND");
      for (const period of ["2026-12", "2026-13", "1999-12", "'; --", "<p>"]) {
        expect((await refused("county-211281", RATE, i({ period })))[0], period).toMatchObject({
          code: "INVALID_INPUT",
          field: ["input", "period"],
        });
      }
      expect((await refused("county-211281", RATE, i({ score: 85.55 })))[0]).toMatchObject({
        code: "INVALID_INPUT",
        field: ["input", "score"],
      });
      for (const bad of [
        { score: -1 },
        { score: 1000.1 },
        { score: 1e308 },
        { score: "85" },
        { period: "2026-100" },
        { period: 202610 },
      ]) {
        await badInput("county-211281", RATE, i(bad));
      }
    });
  });

  describe("联席会", () => {
    it("records meetings of the city and of a county, listed per year, audited", async () => {
      const audits = await auditCount(server, "recordJointMeeting");
      const city = await mutation<{ meeting: { id: string; county: null } }>(server, "city-admin", MEET, {
        i: {
          heldOn: "2026-03-15",
          title: "全市两新组织党建工作联席会议（第一次）",
          departments: ["市委组织部", "市市场监管局", "市民政局", "市工商联"],
          decisions: ["开展“两个覆盖”集中攻坚", "建立月报告制度"],
        },
      });
      expect(city).toMatchObject({
        meeting: { county: null, departments: ["市委组织部", "市市场监管局", "市民政局", "市工商联"] },
        userErrors: [],
      });
      const title = `调兵山市联席会 <script>alert(1)</script> '; DROP TABLE joint_meeting; --`;
      const county = await mutation<{ meeting: { title: string } }>(server, "county-211281", MEET, {
        i: { countyCode: "211281", heldOn: "2026-04-02", title, departments: ["县委组织部"], decisions: [] },
      });
      expect(county.meeting).toMatchObject({ title, county: { code: "211281" }, decisions: [] });
      expect(await auditCount(server, "recordJointMeeting")).toBe(audits + 2);
      const list = (user: string, c: string | null) =>
        server.query<{ jointMeetings: { title: string; heldOn: string }[] }>(
          "query($c: String) { jointMeetings(year: 2026, countyCode: $c) { title heldOn } }",
          { c },
          user,
        );
      expect((await list("county-211282", null)).jointMeetings.map((m) => m.title)).toEqual([
        "全市两新组织党建工作联席会议（第一次）",
      ]);
      expect((await list("county-211281", "211281")).jointMeetings).toEqual([{ title, heldOn: "2026-04-02" }]);
      expect((await list("city-admin", "211281")).jointMeetings).toHaveLength(1);
      expect(
        (await server.query<{ jointMeetings: unknown[] }>("{ jointMeetings(year: 2025) { title } }")).jointMeetings,
      ).toEqual([]);
      const forbidden = await server.gql(
        '{ jointMeetings(year: 2026, countyCode: "211281") { title } }',
        {},
        await server.login("county-211282"),
      );
      expect(forbidden.body.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    });

    it("refuses the city's meeting from a county, another county, the future, duplicates and empty lists", async () => {
      const i = (extra: Record<string, unknown>) => ({
        countyCode: "211281",
        heldOn: "2026-05-01",
        title: "联席会议",
        departments: ["县委组织部", "县工商联"],
        decisions: ["议定事项"],
        ...extra,
      });
      expect((await refused("county-211281", MEET, i({ countyCode: null })))[0]).toMatchObject({
        code: "OUT_OF_SCOPE",
        message: "市级活动只能由市级管理员登记",
      });
      expect((await refused("county-211281", MEET, i({ countyCode: "211282" })))[0]?.code).toBe("OUT_OF_SCOPE");
      expect((await refused("county-211281", MEET, i({ heldOn: "2026-11-28" })))[0]?.message).toBe(
        "不能登记尚未召开的会议",
      );
      expect((await refused("county-211281", MEET, i({ departments: [] })))[0]?.field).toEqual([
        "input",
        "departments",
      ]);
      expect((await refused("county-211281", MEET, i({ departments: ["组织部", " "] })))[0]?.field).toEqual([
        "input",
        "departments",
        "1",
      ]);
      expect((await refused("county-211281", MEET, i({ departments: ["组织部", "组织部"] })))[0]?.message).toBe(
        "参会部门重复",
      );
      expect((await refused("county-211281", MEET, i({ title: "" })))[0]?.code).toBe("INVALID_INPUT");
      await mutation(server, "county-211281", MEET, { i: i({}) });
      expect((await refused("county-211281", MEET, i({ decisions: [] })))[0]).toMatchObject({ code: "CONFLICT" });
      for (const bad of [
        { departments: Array.from({ length: 51 }, (_, k) => `部门${k}`) },
        { departments: ["部".repeat(65)] },
        { decisions: ["事".repeat(501)] },
        { title: "题".repeat(201) },
        { heldOn: "2026-13-01" },
        { departments: [["组织部"]] },
        { countyCode: "21128100" },
      ]) {
        await badInput("county-211281", MEET, i(bad));
      }
      for (const user of ["reviewer", "viewer"]) {
        expect((await errorsOf(server, user, MEET, { i: i({}) }))[0]?.extensions?.code).toBe("FORBIDDEN");
      }
    });
  });

  it("rejects impossible years and periods in the queries", async () => {
    const token = await server.login("viewer");
    for (const q of [
      "{ excellenceCompletion(year: 1800) { city { campaignCount } } }",
      "{ secretaryTraining(year: 2999) { asOf } }",
      "{ trainingCourses(year: -5) { id } }",
      '{ trainingCourses(year: 2026, countyCode: "x") { id } }',
      '{ starRatings(period: "2026-1") { bands } }',
      '{ jointMeetings(year: 2026, countyCode: "<b>") { title } }',
    ]) {
      const r = await server.gql(q, {}, token);
      expect(r.body.errors?.[0]?.extensions?.code, q).toBe("BAD_USER_INPUT");
    }
  });
});
