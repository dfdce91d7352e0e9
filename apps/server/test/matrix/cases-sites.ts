/**
 * Matrix cases of demonstration sites, quotas, 五有 and contact points. Quotas, suggestions and
 * compliance are aggregates (every role reads them); sites are rows of a county; the writes follow
 * the capabilities of common/policy.ts and the county scope.
 */
import { all, countyRead, countyWrite, type MatrixCase, type MatrixHelpers, type Target } from "./types.js";

/** Each cell that writes takes organizations no other cell used: a nomination or a point is once per unit. */
const pools = new WeakMap<MatrixHelpers, Map<string, Promise<{ ids: string[]; next: number }>>>();

async function freshOrganization(h: MatrixHelpers, countyCode: string): Promise<string> {
  let byCounty = pools.get(h);
  if (!byCounty) {
    byCounty = new Map();
    pools.set(h, byCounty);
  }
  let pool = byCounty.get(countyCode);
  if (!pool) {
    pool = h
      .asCityAdmin<{ county: { organizations: { nodes: { id: string }[] } } }>(
        `query($c: String!) { county(code: $c) { organizations(first: 100, filter: {organizationCovered: true, inPopulation: true}) { nodes { id } } } }`,
        { c: countyCode },
      )
      // The first covered unit is the shared helpers' (other cases use it): leave it to them.
      .then((d) => ({ ids: d.county.organizations.nodes.slice(1).map((n) => n.id), next: 0 }));
    byCounty.set(countyCode, pool);
  }
  const p = await pool;
  const id = p.ids[p.next++];
  if (!id) throw new Error(`matrix: no fresh organization left in ${countyCode}`);
  return id;
}

const NOMINATE =
  "mutation($i: NominateDemonstrationSiteInput!) { nominateDemonstrationSite(input: $i) { site { id } userErrors { code message } } }";

/** A fresh site (nominated by the city admin) in the target county. */
async function freshSite(h: MatrixHelpers, t: Target): Promise<string> {
  const d = await h.asCityAdmin<{
    nominateDemonstrationSite: { site: { id: string } | null; userErrors: { message: string }[] };
  }>(NOMINATE, { i: { organizationId: await freshOrganization(h, h.countyOf(t)), year: 2023, level: "COUNTY" } });
  const site = d.nominateDemonstrationSite.site;
  if (!site) throw new Error(`matrix: nomination failed: ${JSON.stringify(d)}`);
  return site.id;
}

const sitesOfCounty = new WeakMap<MatrixHelpers, Map<string, Promise<string>>>();

/** One site per county, made once, for the reads. */
function siteIn(h: MatrixHelpers, t: Target): Promise<string> {
  let byCounty = sitesOfCounty.get(h);
  if (!byCounty) {
    byCounty = new Map();
    sitesOfCounty.set(h, byCounty);
  }
  const county = h.countyOf(t);
  if (!byCounty.has(county)) byCounty.set(county, freshSite(h, t));
  return byCounty.get(county) as Promise<string>;
}

async function countyLeaderId(h: MatrixHelpers, t: Target): Promise<string> {
  const d = await h.asCityAdmin<{ leaders: { nodes: { id: string }[] } }>(
    "query($c: String!) { leaders(level: COUNTY, countyCode: $c, first: 1) { nodes { id } } }",
    { c: h.countyOf(t) },
  );
  const id = d.leaders.nodes[0]?.id;
  if (!id) throw new Error("matrix: no county leader");
  return id;
}

const ASSIGN =
  "mutation($i: AssignContactPointInput!) { assignContactPoint(input: $i) { contactPoint { id } userErrors { code message } } }";

let reportYear = 2100;

/** Only the city admin (SET_QUOTA). */
const cityAdminOnly: MatrixCase["expect"] = {
  CITY_ADMIN: "OK",
  REVIEWER: "FORBIDDEN",
  COUNTY_ADMIN: "FORBIDDEN",
  VIEWER: "FORBIDDEN",
  COUNTY_VIEWER: "FORBIDDEN",
};

export const SITES_CASES: MatrixCase[] = [
  {
    field: "quotaPlan",
    kind: "query",
    request: () => ({
      query: "{ quotaPlan(year: 2023, level: COUNTY) { total nominated allocations { county { code } remaining } } }",
    }),
    expect: all("OK"),
  },
  {
    field: "suggestQuotaAllocation",
    kind: "query",
    request: () => ({
      query: "{ suggestQuotaAllocation(year: 2023, level: CITY, total: 30, weight: ELIGIBLE_UNITS) { quota } }",
    }),
    expect: all("OK"),
  },
  {
    field: "quotaSuggestion",
    kind: "query",
    request: () => ({
      query:
        "{ quotaSuggestion(year: 2023, level: CITY, total: 30, weight: COVERED_UNITS) { note allocations { quota } } }",
    }),
    expect: all("OK"),
  },
  {
    field: "demonstrationSites",
    kind: "query",
    request: async (t, h) => {
      await siteIn(h, t);
      return {
        query: "query($c: String) { demonstrationSites(year: 2023, countyCode: $c) { id county { code } } }",
        variables: { c: h.countyOf(t) },
      };
    },
    expect: countyRead("FORBIDDEN"),
  },
  {
    field: "contactPointCompliance",
    kind: "query",
    request: () => ({ query: "{ contactPointCompliance(year: 2023) { dueOn counties { overdue } } }" }),
    expect: all("OK"),
  },
  {
    field: "setQuotaPlan",
    kind: "mutation",
    request: () => ({
      query:
        "mutation { setQuotaPlan(input: {year: 2024, level: CITY, total: 30, allocations: []}) { plan { total } userErrors { code message } } }",
    }),
    expect: cityAdminOnly,
  },
  {
    field: "nominateDemonstrationSite",
    kind: "mutation",
    request: async (t, h) => ({
      query: NOMINATE,
      variables: { i: { organizationId: await freshOrganization(h, h.countyOf(t)), year: 2023, level: "COUNTY" } },
    }),
    expect: countyWrite(),
  },
  {
    field: "reviewDemonstrationSite",
    kind: "mutation",
    request: async (t, h) => ({
      query:
        "mutation($i: ReviewDemonstrationSiteInput!) { reviewDemonstrationSite(input: $i) { site { status } userErrors { code message } } }",
      variables: { i: { siteId: await freshSite(h, t), decision: "REJECT", note: "材料不全" } },
    }),
    // Reviewing is city-wide work: the reviewers' and the city admin's.
    expect: {
      CITY_ADMIN: "OK",
      REVIEWER: "OK",
      COUNTY_ADMIN: "FORBIDDEN",
      VIEWER: "FORBIDDEN",
      COUNTY_VIEWER: "FORBIDDEN",
    },
  },
  {
    field: "assessFiveHaves",
    kind: "mutation",
    request: async (t, h) => ({
      query:
        "mutation($i: AssessFiveHavesInput!) { assessFiveHaves(input: $i) { fiveHaves { passed } userErrors { code } } }",
      variables: {
        i: {
          branchId: await h.branchId(h.countyOf(t)),
          year: 2023,
          hasOrganization: true,
          hasRules: true,
          hasActivities: true,
          hasVenue: true,
          hasImpact: true,
          evidence: "实地查看",
        },
      },
    }),
    // Reviewers assess anywhere (they review the sites that need it); county admins their county.
    expect: { ...countyWrite(), REVIEWER: "OK" },
  },
  {
    field: "assignContactPoint",
    kind: "mutation",
    request: async (t, h) => ({
      query: ASSIGN,
      variables: {
        i: {
          leaderId: await countyLeaderId(h, t),
          organizationId: await freshOrganization(h, h.countyOf(t)),
          year: 2024,
        },
      },
    }),
    expect: countyWrite(),
  },
  {
    field: "endContactPoint",
    kind: "mutation",
    request: async (t, h) => {
      const d = await h.asCityAdmin<{ assignContactPoint: { contactPoint: { id: string } | null } }>(ASSIGN, {
        i: {
          leaderId: await countyLeaderId(h, t),
          organizationId: await freshOrganization(h, h.countyOf(t)),
          year: 2024,
        },
      });
      const id = d.assignContactPoint.contactPoint?.id;
      if (!id) throw new Error(`matrix: assignment failed: ${JSON.stringify(d)}`);
      return {
        query:
          "mutation($i: EndContactPointInput!) { endContactPoint(input: $i) { contactPoint { endedOn } userErrors { code message } } }",
        variables: { i: { contactPointId: id } },
      };
    },
    expect: countyWrite(),
  },
  {
    field: "reportContactPointList",
    kind: "mutation",
    // A year of its own per cell: a county reports its list once a year.
    request: (t, h) => ({
      query:
        "mutation($i: ReportContactPointListInput!) { reportContactPointList(input: $i) { contactList { reportedOn } userErrors { code message } } }",
      variables: { i: { countyCode: h.countyOf(t), year: reportYear++ } },
    }),
    expect: countyWrite(),
  },
];
