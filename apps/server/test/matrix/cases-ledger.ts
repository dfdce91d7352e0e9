/**
 * Matrix cases of the ledger writes (issue: the ledger). They refuse every call until that issue
 * lands; it replaces these cases with the real expectations.
 */
import { all, type MatrixCase } from "./types.js";

export const LEDGER_CASES: MatrixCase[] = [
  {
    field: "createOrganization",
    kind: "mutation",
    request: (t, h) => ({
      query: "mutation($i: CreateOrganizationInput!) { createOrganization(input: $i) { userErrors { code } } }",
      variables: {
        i: {
          name: h.unique("矩阵测试单位"),
          category: "NON_PUBLIC_ENTERPRISE",
          countyCode: h.countyOf(t),
          aboveScale: false,
          formalMemberCount: 0,
        },
      },
    }),
    expect: all("FORBIDDEN"),
  },
  {
    field: "updateOrganization",
    kind: "mutation",
    request: async (t, h) => ({
      query: "mutation($i: UpdateOrganizationInput!) { updateOrganization(input: $i) { userErrors { code } } }",
      variables: { i: { id: await h.uncoveredOrganizationId(h.countyOf(t)), employeeCount: 12 } },
    }),
    expect: all("FORBIDDEN"),
  },
  {
    field: "foundBranch",
    kind: "mutation",
    request: async (t, h) => ({
      query: "mutation($i: FoundBranchInput!) { foundBranch(input: $i) { userErrors { code } } }",
      variables: {
        i: {
          name: h.unique("中共测试支部"),
          formation: "STANDALONE",
          organizationIds: [await h.uncoveredOrganizationId(h.countyOf(t))],
          foundedOn: "2026-11-01",
          formalMemberCount: 3,
        },
      },
    }),
    expect: all("FORBIDDEN"),
  },
  {
    field: "dissolveBranch",
    kind: "mutation",
    request: async (t, h) => ({
      query: "mutation($i: DissolveBranchInput!) { dissolveBranch(input: $i) { userErrors { code } } }",
      variables: { i: { branchId: await h.branchId(h.countyOf(t)), dissolvedOn: "2026-11-01", reason: "矩阵测试" } },
    }),
    expect: all("FORBIDDEN"),
  },
  {
    field: "dispatchLiaison",
    kind: "mutation",
    request: async (t, h) => ({
      query: "mutation($i: DispatchLiaisonInput!) { dispatchLiaison(input: $i) { userErrors { code } } }",
      variables: {
        i: {
          name: "测试联络员",
          kind: "LIAISON",
          countyCode: h.countyOf(t),
          organizationIds: [await h.uncoveredOrganizationId(h.countyOf(t))],
          from: "2026-11-01",
        },
      },
    }),
    expect: all("FORBIDDEN"),
  },
  {
    field: "endLiaisonAssignment",
    kind: "mutation",
    request: async (t, h) => ({
      query: "mutation($i: EndLiaisonAssignmentInput!) { endLiaisonAssignment(input: $i) { userErrors { code } } }",
      variables: {
        i: {
          liaisonId: Buffer.from("Liaison:1").toString("base64url"),
          organizationId: await h.uncoveredOrganizationId(h.countyOf(t)),
          to: "2026-11-01",
        },
      },
    }),
    expect: all("FORBIDDEN"),
  },
];
