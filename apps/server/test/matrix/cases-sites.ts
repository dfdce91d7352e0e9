/**
 * Matrix cases of demonstration sites, quotas, 五有 and contact points (issue: demonstration sites).
 * They refuse every call until that issue lands; it replaces these cases with the real expectations.
 */
import { all, type MatrixCase } from "./types.js";

export const SITES_CASES: MatrixCase[] = [
  {
    field: "quotaPlan",
    kind: "query",
    request: () => ({ query: "{ quotaPlan(year: 2023, level: COUNTY) { total } }" }),
    expect: all("FORBIDDEN"),
  },
  {
    field: "suggestQuotaAllocation",
    kind: "query",
    request: () => ({
      query: "{ suggestQuotaAllocation(year: 2023, level: CITY, total: 30, weight: ELIGIBLE_UNITS) { quota } }",
    }),
    expect: all("FORBIDDEN"),
  },
  {
    field: "demonstrationSites",
    kind: "query",
    request: () => ({ query: "{ demonstrationSites(year: 2023) { id } }" }),
    expect: all("FORBIDDEN"),
  },
  {
    field: "setQuotaPlan",
    kind: "mutation",
    request: () => ({
      query:
        "mutation { setQuotaPlan(input: {year: 2024, level: CITY, total: 30, allocations: []}) { userErrors { code } } }",
    }),
    expect: all("FORBIDDEN"),
  },
  {
    field: "nominateDemonstrationSite",
    kind: "mutation",
    request: async (t, h) => ({
      query:
        "mutation($i: NominateDemonstrationSiteInput!) { nominateDemonstrationSite(input: $i) { userErrors { code } } }",
      variables: { i: { organizationId: await h.coveredOrganizationId(h.countyOf(t)), year: 2023, level: "COUNTY" } },
    }),
    expect: all("FORBIDDEN"),
  },
  {
    field: "reviewDemonstrationSite",
    kind: "mutation",
    request: () => ({
      query:
        "mutation($i: ReviewDemonstrationSiteInput!) { reviewDemonstrationSite(input: $i) { userErrors { code } } }",
      variables: { i: { siteId: Buffer.from("DemonstrationSite:1").toString("base64url"), decision: "APPROVE" } },
    }),
    expect: all("FORBIDDEN"),
  },
  {
    field: "assignContactPoint",
    kind: "mutation",
    request: async (t, h) => ({
      query: "mutation($i: AssignContactPointInput!) { assignContactPoint(input: $i) { userErrors { code } } }",
      variables: {
        i: {
          leaderId: Buffer.from("Leader:2").toString("base64url"),
          organizationId: await h.coveredOrganizationId(h.countyOf(t)),
          year: 2024,
        },
      },
    }),
    expect: all("FORBIDDEN"),
  },
  {
    field: "assessFiveHaves",
    kind: "mutation",
    request: async (t, h) => ({
      query: "mutation($i: AssessFiveHavesInput!) { assessFiveHaves(input: $i) { userErrors { code } } }",
      variables: {
        i: {
          branchId: await h.branchId(h.countyOf(t)),
          year: 2023,
          hasOrganization: true,
          hasRules: true,
          hasActivities: true,
          hasVenue: true,
          hasImpact: true,
        },
      },
    }),
    expect: all("FORBIDDEN"),
  },
];
