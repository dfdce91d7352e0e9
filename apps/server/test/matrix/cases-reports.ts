/**
 * Matrix cases of monthly reports, bulletins, targets and activities (issue: monthly reports). They
 * refuse every call until that issue lands; it replaces these cases with the real expectations.
 */
import { all, type MatrixCase } from "./types.js";

const transition = (field: string): MatrixCase => ({
  field,
  kind: "mutation",
  request: () => ({
    query: `mutation($i: ReportTransitionInput!) { ${field}(input: $i) { userErrors { code } } }`,
    variables: { i: { reportId: Buffer.from("MonthlyReport:1").toString("base64url") } },
  }),
  expect: all("FORBIDDEN"),
});

export const REPORTS_CASES: MatrixCase[] = [
  {
    field: "monthlyReports",
    kind: "query",
    request: () => ({ query: '{ monthlyReports(period: "2023-05") { period } }' }),
    expect: all("FORBIDDEN"),
  },
  {
    field: "bulletin",
    kind: "query",
    request: () => ({ query: '{ bulletin(period: "2023-05", metric: ORGANIZATION_COVERAGE) { period } }' }),
    expect: all("FORBIDDEN"),
  },
  {
    field: "targets",
    kind: "query",
    request: () => ({ query: "{ targets(year: 2023) { target } }" }),
    expect: all("FORBIDDEN"),
  },
  {
    field: "prepareMonthlyReport",
    kind: "mutation",
    request: (t, h) => ({
      query: "mutation($i: PrepareMonthlyReportInput!) { prepareMonthlyReport(input: $i) { userErrors { code } } }",
      variables: { i: { countyCode: h.countyOf(t), period: "2023-05" } },
    }),
    expect: all("FORBIDDEN"),
  },
  transition("submitMonthlyReport"),
  transition("returnMonthlyReport"),
  transition("acceptMonthlyReport"),
  {
    field: "advanceExcellenceStep",
    kind: "mutation",
    request: async (t, h) => ({
      query: "mutation($i: AdvanceExcellenceInput!) { advanceExcellenceStep(input: $i) { userErrors { code } } }",
      variables: { i: { branchId: await h.branchId(h.countyOf(t)), year: 2023, step: "PUBLIC_PLEDGE" } },
    }),
    expect: all("FORBIDDEN"),
  },
];
