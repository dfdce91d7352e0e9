/**
 * The nested read frontend teams run most — city → counties → organizations(first: N) → branches →
 * organizations, liaisons — costs a fixed number of SQL statements, whatever N is.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { backends, startTestServer, type TestServer } from "./support/harness.js";

export const NESTED_READ = `
  query Nested($n: Int!) {
    city {
      counties {
        code
        organizations(first: $n) {
          totalCount
          pageInfo { hasNextPage endCursor }
          nodes {
            id name organizationCovered liaisonCovered
            branches { id name formation organizations { id name } }
            liaisons { id name kind }
          }
        }
      }
    }
  }`;

describe.each(backends())("statement count of the nested read on %s", (backend) => {
  let server: TestServer;
  beforeAll(async () => {
    // N = 100 is priced at its worst case (every branch 250 units): about 1.4 million, over the default
    // cost limit (test/query-limits.test.ts); the statement count is what is measured here.
    server = await startTestServer(backend, { label: "nested", env: { MAX_QUERY_COST: "2000000" } });
  });
  afterAll(async () => server?.stop());

  async function run(n: number, query = NESTED_READ) {
    const token = await server.login();
    const r = await server.gql<{
      city: {
        counties: { organizations: { nodes: { branches: { organizations: unknown[] }[]; liaisons: unknown[] }[] } }[];
      };
    }>(query, { n }, token);
    expect(r.body.errors).toBeUndefined();
    await new Promise((resolve) => setTimeout(resolve, 20));
    const line = server.logs.find((l) => l.requestId === r.requestId && l.msg === "request");
    expect(line, "a log line for the request").toBeDefined();
    return { data: r.body.data, sql: line?.sql as number, line };
  }

  it("is the same for N = 10 and N = 100, and at most 10", async () => {
    const small = await run(10);
    const large = await run(100);
    const orgs = (d: typeof small.data) => d?.city.counties.flatMap((c) => c.organizations.nodes) ?? [];
    expect(orgs(small.data)).toHaveLength(90);
    expect(orgs(large.data)).toHaveLength(900);
    // The data really is nested: branches with their units, and liaisons, are there to load.
    expect(orgs(large.data).some((o) => o.branches.length > 0 && o.branches[0]?.organizations.length)).toBe(true);
    expect(orgs(large.data).some((o) => o.liaisons.length > 0)).toBe(true);
    console.log(`statements: N=10 → ${small.sql}, N=100 → ${large.sql}`);
    expect(large.sql).toBe(small.sql);
    expect(large.sql).toBeLessThanOrEqual(10);
    expect(small.sql).toBeGreaterThan(0);
  });

  it("logs one structured line per request with id, user, operation, duration and statements", async () => {
    const { line } = await run(5);
    expect(line).toMatchObject({
      msg: "request",
      method: "POST",
      path: "/graphql",
      status: 200,
      user: "city-admin",
      operation: "Nested",
    });
    expect(typeof line?.ms).toBe("number");
  });

  // A page's units get what the operation asks of them below loaded ahead, one statement per kind for
  // all counties (api/lookahead.ts, hot-fields.ts): only what is asked, the same answer however it is
  // asked, and the same as each unit's own fields give when read one by one.
  it("loads below a page only what the operation asks, the same however it is asked", async () => {
    const full = await run(20);
    const namesOnly = await run(
      20,
      `query Names($n: Int!) { city { counties { organizations(first: $n) { nodes { name } } } } }`,
    );
    // The full read adds its total, the units' links and liaisons, and their branches' units: four.
    expect(full.sql).toBe(namesOnly.sql + 4);
    const withoutMembers = await run(
      20,
      `query Some($n: Int!) { city { counties { organizations(first: $n) { nodes { name branches { name } } } } } }`,
    );
    expect(withoutMembers.sql).toBe(namesOnly.sql + 1);

    const viaFragments = await run(
      20,
      `query Frag($n: Int!) {
        city { counties { code organizations(first: $n) { ...Page } } }
      }
      fragment Page on OrganizationConnection {
        totalCount
        pageInfo { hasNextPage endCursor }
        nodes: edges { n: node { ... on Organization { ...Unit } } }
      }
      fragment Unit on Organization {
        id name organizationCovered liaisonCovered
        branches { id name formation ... on Branch { organizations { id name } } }
        liaisons { id name kind }
      }`,
    );
    expect(viaFragments.sql).toBe(full.sql);
    type Fragmented = { city: { counties: { organizations: { nodes: { n: unknown }[] } }[] } };
    const fragmentUnits = (viaFragments.data as unknown as Fragmented).city.counties.flatMap((c) =>
      c.organizations.nodes.map((e) => e.n),
    );
    const units = full.data?.city.counties.flatMap((c) => c.organizations.nodes) ?? [];
    expect(fragmentUnits).toEqual(units);

    // One by one through node(id), nothing loaded ahead: the same branches, units and liaisons.
    const token = await server.login();
    const sample = (units as { id: string; branches: unknown[]; liaisons: unknown[] }[])
      .filter((u) => u.branches.length > 0 || u.liaisons.length > 0)
      .slice(0, 12);
    expect(sample.length).toBeGreaterThan(5);
    for (const unit of sample) {
      const r = await server.gql<{ node: unknown }>(
        `query One($id: ID!) { node(id: $id) { ... on Organization {
          id name organizationCovered liaisonCovered
          branches { id name formation organizations { id name } }
          liaisons { id name kind } } } }`,
        { id: unit.id },
        token,
      );
      expect(r.body.errors).toBeUndefined();
      expect(r.body.data?.node).toEqual(unit);
    }
  });
});
