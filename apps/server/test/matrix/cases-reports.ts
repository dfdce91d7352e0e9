/**
 * Matrix cases of monthly reports, bulletins, targets and activities (issue 7). Reports, bulletins
 * and the activities' aggregates are city-wide reading for every role; rows (a target's gap, training
 * courses, a county's meetings) are read in the viewer's county; counties write their own, the city
 * admin any; reviewers accept and return reports.
 */
import { all, countyRead, countyWrite, type MatrixCase, type MatrixHelpers, type Target } from "./types.js";

/** Each request gets a month of its own, so every cell starts from a report no other cell touched. */
let months = 0;
function freshPeriod(): string {
  const i = months++;
  return `${2010 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, "0")}`;
}

const reportId = (county: string, period: string) =>
  Buffer.from(`MonthlyReport:${county}-${period}`, "latin1").toString("base64url");

/** A report of the target county, submitted by the city admin, for the reviewers' cells. */
async function submittedReport(t: Target, h: MatrixHelpers): Promise<string> {
  const id = reportId(h.countyOf(t), freshPeriod());
  await h.asCityAdmin(
    "mutation($i: ReportTransitionInput!) { submitMonthlyReport(input: $i) { userErrors { message } } }",
    { i: { reportId: id } },
  );
  return id;
}

const review = (field: string): MatrixCase => ({
  field,
  kind: "mutation",
  request: async (t, h) => ({
    query: `mutation($i: ReportTransitionInput!) { ${field}(input: $i) { report { status } userErrors { code } } }`,
    variables: { i: { reportId: await submittedReport(t, h), note: "矩阵测试：请核实" } },
  }),
  expect: {
    CITY_ADMIN: "OK",
    REVIEWER: "OK",
    COUNTY_ADMIN: "FORBIDDEN",
    VIEWER: "FORBIDDEN",
    COUNTY_VIEWER: "FORBIDDEN",
  },
});

async function countyCourse(t: Target, h: MatrixHelpers): Promise<string> {
  const d = await h.asCityAdmin<{ createTrainingCourse: { course: { id: string } } }>(
    "mutation($i: CreateTrainingCourseInput!) { createTrainingCourse(input: $i) { course { id } userErrors { message } } }",
    { i: { name: h.unique("矩阵培训班"), level: "COUNTY", countyCode: h.countyOf(t), heldOn: "2026-03-01", hours: 8 } },
  );
  return d.createTrainingCourse.course.id;
}

export const REPORTS_CASES: MatrixCase[] = [
  {
    field: "monthlyReports",
    kind: "query",
    request: () => ({
      query: '{ monthlyReports(period: "2023-05") { status county { code } coverage { eligibleCount } } }',
    }),
    expect: all("OK"),
  },
  {
    field: "bulletin",
    kind: "query",
    request: () => ({
      query:
        '{ bulletin(period: "2023-05", metric: ORGANIZATION_COVERAGE) { rows { rank county { code } } missing { code } } }',
    }),
    expect: all("OK"),
  },
  {
    field: "targets",
    kind: "query",
    // The figures are aggregates; the gap's rows are a county's organizations.
    request: (t, h) => ({
      query:
        "query($c: String) { targets(year: 2023, countyCode: $c) { target required achieved gap(first: 5) { totalCount nodes { id } } } }",
      variables: { c: h.countyOf(t) },
    }),
    expect: countyRead("FORBIDDEN"),
  },
  {
    field: "prepareMonthlyReport",
    kind: "mutation",
    request: (t, h) => ({
      query: "mutation($i: PrepareMonthlyReportInput!) { prepareMonthlyReport(input: $i) { userErrors { code } } }",
      variables: { i: { countyCode: h.countyOf(t), period: freshPeriod(), note: "矩阵测试" } },
    }),
    expect: countyWrite(),
  },
  {
    field: "submitMonthlyReport",
    kind: "mutation",
    request: (t, h) => ({
      query: "mutation($i: ReportTransitionInput!) { submitMonthlyReport(input: $i) { userErrors { code } } }",
      variables: { i: { reportId: reportId(h.countyOf(t), freshPeriod()) } },
    }),
    expect: countyWrite(),
  },
  review("returnMonthlyReport"),
  review("acceptMonthlyReport"),
  {
    field: "advanceExcellenceStep",
    kind: "mutation",
    request: async (t, h) => {
      const branchId = await h.branchId(h.countyOf(t));
      const d = await h.asCityAdmin<{ node: { excellence: { nextStep: string | null } } }>(
        "query($id: ID!) { node(id: $id) { ... on Branch { excellence(year: 2025) { nextStep } } } }",
        { id: branchId },
      );
      return {
        query: "mutation($i: AdvanceExcellenceInput!) { advanceExcellenceStep(input: $i) { userErrors { code } } }",
        variables: { i: { branchId, year: 2025, step: d.node.excellence.nextStep, note: "矩阵测试" } },
      };
    },
    expect: countyWrite(),
  },
  {
    field: "excellenceCompletion",
    kind: "query",
    request: () => ({
      query: "{ excellenceCompletion(year: 2025) { city { campaignCount } counties { county { code } } } }",
    }),
    expect: all("OK"),
  },
  {
    field: "createTrainingCourse",
    kind: "mutation",
    request: (t, h) => ({
      query: "mutation($i: CreateTrainingCourseInput!) { createTrainingCourse(input: $i) { userErrors { code } } }",
      variables: {
        i: { name: h.unique("矩阵培训班"), level: "COUNTY", countyCode: h.countyOf(t), heldOn: "2026-04-01", hours: 4 },
      },
    }),
    expect: countyWrite(),
  },
  {
    field: "recordTrainingAttendance",
    kind: "mutation",
    request: async (t, h) => ({
      query:
        "mutation($i: RecordTrainingAttendanceInput!) { recordTrainingAttendance(input: $i) { userErrors { code } } }",
      variables: { i: { courseId: await countyCourse(t, h), branchIds: [await h.branchId(h.countyOf(t))] } },
    }),
    expect: countyWrite(),
  },
  {
    field: "trainingCourses",
    kind: "query",
    request: async (t, h) => {
      await countyCourse(t, h);
      return {
        query:
          "query($c: String) { trainingCourses(year: 2026, countyCode: $c) { name level attendees { secretaryName } } }",
        variables: { c: h.countyOf(t) },
      };
    },
    expect: countyRead("FORBIDDEN"),
  },
  {
    field: "secretaryTraining",
    kind: "query",
    request: () => ({ query: "{ secretaryTraining(year: 2026) { city { share { percent } } counties { trained } } }" }),
    expect: all("OK"),
  },
  {
    field: "rateBranchStars",
    kind: "mutation",
    request: async (t, h) => ({
      query: "mutation($i: RateBranchStarsInput!) { rateBranchStars(input: $i) { userErrors { code } } }",
      variables: { i: { branchId: await h.branchId(h.countyOf(t)), period: "2026-10", score: 85 } },
    }),
    expect: countyWrite(),
  },
  {
    field: "starRatings",
    kind: "query",
    request: () => ({ query: '{ starRatings(period: "2026-10") { bands city { rated byStars } } }' }),
    expect: all("OK"),
  },
  {
    field: "recordJointMeeting",
    kind: "mutation",
    request: (t, h) => ({
      query: "mutation($i: RecordJointMeetingInput!) { recordJointMeeting(input: $i) { userErrors { code } } }",
      variables: {
        i: {
          countyCode: h.countyOf(t),
          heldOn: "2026-11-01",
          title: h.unique("矩阵联席会"),
          departments: ["组织部", "工商联"],
          decisions: [],
        },
      },
    }),
    expect: countyWrite(),
  },
  {
    field: "jointMeetings",
    kind: "query",
    request: async (t, h) => {
      await h.asCityAdmin(
        "mutation($i: RecordJointMeetingInput!) { recordJointMeeting(input: $i) { userErrors { message } } }",
        {
          i: {
            countyCode: h.countyOf(t),
            heldOn: "2026-10-01",
            title: h.unique("矩阵联席会"),
            departments: ["组织部"],
            decisions: ["议定一项"],
          },
        },
      );
      return {
        query: "query($c: String) { jointMeetings(year: 2026, countyCode: $c) { title departments } }",
        variables: { c: h.countyOf(t) },
      };
    },
    expect: countyRead("FORBIDDEN"),
  },
];
