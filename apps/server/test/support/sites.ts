/**
 * Helpers for the demonstration-site and contact-point suites: the operations as GraphQL text, and
 * small readers of the reference data (covered units of a county, their branches, leaders).
 */
import { expect } from "vitest";
import type { GraphQLErrorJson, TestServer } from "./harness.js";
import { ALL_TABLES, snapshot } from "./snapshot.js";

export interface UserErrorJson {
  readonly code: string;
  readonly message: string;
  readonly field: string[] | null;
}

export const SITE_FIELDS =
  "id year level status nominationNote reviewNote nominatedAt reviewedAt county { code } organization { id }";

export const NOMINATE = `mutation($i: NominateDemonstrationSiteInput!) { nominateDemonstrationSite(input: $i) {
  site { ${SITE_FIELDS} } userErrors { code message field } } }`;
export const REVIEW = `mutation($i: ReviewDemonstrationSiteInput!) { reviewDemonstrationSite(input: $i) {
  site { ${SITE_FIELDS} } userErrors { code message field } } }`;
export const SET_PLAN = `mutation($i: SetQuotaPlanInput!) { setQuotaPlan(input: $i) {
  plan { year level total split nominated approved rejected revoked remaining
         allocations { county { code } quota nominated approved rejected revoked remaining } }
  userErrors { code message field } } }`;
export const ASSESS = `mutation($i: AssessFiveHavesInput!) { assessFiveHaves(input: $i) {
  fiveHaves { year hasOrganization hasRules hasActivities hasVenue hasImpact passed evidence missing assessedAt }
  userErrors { code message field } } }`;
export const ASSIGN = `mutation($i: AssignContactPointInput!) { assignContactPoint(input: $i) {
  contactPoint { id year startedOn endedOn leader { id } organization { id } } userErrors { code message field } } }`;
export const END_POINT = `mutation($i: EndContactPointInput!) { endContactPoint(input: $i) {
  contactPoint { id year startedOn endedOn } userErrors { code message field } } }`;
export const REPORT_LIST = `mutation($i: ReportContactPointListInput!) { reportContactPointList(input: $i) {
  contactList { county { code } year dueOn reportedOn overdue pointCount } userErrors { code message field } } }`;

export const ALL_CHECKS = {
  hasOrganization: true,
  hasRules: true,
  hasActivities: true,
  hasVenue: true,
  hasImpact: true,
};

export interface UnitRef {
  readonly id: string;
  readonly name: string;
  readonly branchIds: string[];
}

/** A mutation's payload, failing the test on a thrown error. */
export async function write<T = Record<string, unknown>>(
  server: TestServer,
  username: string,
  query: string,
  input: Record<string, unknown>,
): Promise<T & { userErrors: UserErrorJson[] }> {
  const r = await server.gql<Record<string, T & { userErrors: UserErrorJson[] }>>(
    query,
    { i: input },
    await server.login(username),
  );
  if (r.body.errors) throw new Error(`GraphQL errors: ${JSON.stringify(r.body.errors)}`);
  return Object.values(r.body.data ?? {})[0] as T & { userErrors: UserErrorJson[] };
}

/** Organization-covered units of a county in the population, with their branches, in id order. */
export async function coveredUnits(server: TestServer, countyCode: string, first = 100): Promise<UnitRef[]> {
  const d = await server.query<{
    county: { organizations: { nodes: { id: string; name: string; branches: { id: string }[] }[] } };
  }>(
    `query($c: String!, $n: Int!) { county(code: $c) { organizations(first: $n, filter: {organizationCovered: true, inPopulation: true}) {
       nodes { id name branches { id } } } } }`,
    { c: countyCode, n: first },
  );
  return d.county.organizations.nodes.map((n) => ({ id: n.id, name: n.name, branchIds: n.branches.map((b) => b.id) }));
}

/** Units of a county in the population that no branch covers. */
export async function uncoveredUnits(server: TestServer, countyCode: string): Promise<{ id: string }[]> {
  const d = await server.query<{ county: { organizations: { nodes: { id: string }[] } } }>(
    `query($c: String!) { county(code: $c) { organizations(first: 5, filter: {organizationCovered: false, inPopulation: true}) { nodes { id } } } }`,
    { c: countyCode },
  );
  return d.county.organizations.nodes;
}

/** Hands out units of a county that no earlier call handed out (a unit is nominated once a year). */
export function unitPool(server: TestServer) {
  const pools = new Map<string, Promise<UnitRef[]>>();
  const next = new Map<string, number>();
  return async (countyCode: string, count = 1): Promise<UnitRef[]> => {
    if (!pools.has(countyCode)) pools.set(countyCode, coveredUnits(server, countyCode));
    const units = (await pools.get(countyCode)) as UnitRef[];
    const start = next.get(countyCode) ?? 0;
    next.set(countyCode, start + count);
    const out = units.slice(start, start + count);
    if (out.length < count) throw new Error(`not enough covered units in ${countyCode}`);
    return out;
  };
}

export async function auditRows(
  server: TestServer,
  operation: string,
): Promise<{ entity_type: string; entity_key: string; username: string; role: string; changes: string }[]> {
  return server.app.dataSource.query("SELECT * FROM audit_log WHERE operation = ? ORDER BY id", [operation]);
}

export interface Hostile {
  readonly name: string;
  readonly user: string;
  readonly query: string;
  /** The variables (an `i` input, or anything malformed). */
  readonly variables: Record<string, unknown>;
  /** A thrown error's code, or a userError's code. */
  readonly thrown?: string;
  readonly userError?: string;
  /** The field the error names, when it names one. */
  readonly field?: string[];
}

/** Runs a hostile request and asserts a clear error and an unchanged database. */
export async function expectRefusedUnchanged(server: TestServer, h: Hostile): Promise<void> {
  const before = await snapshot(server, ALL_TABLES);
  const r = await server.gql<Record<string, { userErrors: UserErrorJson[] } | null>>(
    h.query,
    h.variables,
    await server.login(h.user),
  );
  if (h.thrown) {
    const error = r.body.errors?.[0] as GraphQLErrorJson | undefined;
    expect(error?.extensions?.code, `${h.name}: ${JSON.stringify(r.body)}`).toBe(h.thrown);
    expect(error?.message.length, h.name).toBeGreaterThan(0);
    if (h.field) expect(error?.extensions?.field, h.name).toEqual(h.field);
  } else {
    expect(r.body.errors, `${h.name}: ${JSON.stringify(r.body.errors)}`).toBeUndefined();
    const payload = Object.values(r.body.data ?? {})[0];
    const [first, ...rest] = payload?.userErrors ?? [];
    expect(first?.code, `${h.name}: ${JSON.stringify(payload)}`).toBe(h.userError);
    expect(rest, h.name).toEqual([]);
    expect(first?.message.length, h.name).toBeGreaterThan(0);
    if (h.field) expect(first?.field, h.name).toEqual(h.field);
    // The payload's object is null when the write is refused.
    const objects = Object.entries(payload ?? {}).filter(([k]) => k !== "userErrors");
    for (const [, v] of objects) expect(v, h.name).toBeNull();
  }
  expect(await snapshot(server, ALL_TABLES), `${h.name} changed the database`).toEqual(before);
}

/** A global id the server would decode, of a row that does not exist. */
export const missingId = (type: string): string => Buffer.from(`${type}:987654`).toString("base64url");
