/**
 * Every query and mutation of the schema × every role × own county / other county, with the
 * expected outcome of each cell; anonymous callers are refused everything but login. The list of
 * root fields comes from the schema itself, so a new field without a case fails this test.
 */
import { type GraphQLObjectType, isObjectType } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSchema } from "../src/api/schema.js";
import { CAPABILITIES, can } from "../src/common/policy.js";
import { CORE_CASES } from "./matrix/cases-core.js";
import { DIRECTORY_CASES } from "./matrix/cases-directory.js";
import { LEDGER_CASES } from "./matrix/cases-ledger.js";
import { REPORTS_CASES } from "./matrix/cases-reports.js";
import { SITES_CASES } from "./matrix/cases-sites.js";
import { ACTORS, type Actor, type MatrixCase, type MatrixHelpers, type Outcome, type Target } from "./matrix/types.js";
import { backends, type GraphQLErrorJson, startTestServer, TEST_PASSWORD, type TestServer } from "./support/harness.js";

const CASES: MatrixCase[] = [...CORE_CASES, ...LEDGER_CASES, ...SITES_CASES, ...REPORTS_CASES, ...DIRECTORY_CASES];
const OWN = "211281";
const OTHER = "211282";
const USERNAMES: Record<Actor, string> = {
  CITY_ADMIN: "city-admin",
  REVIEWER: "reviewer",
  COUNTY_ADMIN: `county-${OWN}`,
  VIEWER: "viewer",
  COUNTY_VIEWER: `viewer-${OWN}`,
};

function classify(
  kase: MatrixCase,
  body: { data?: Record<string, unknown> | null; errors?: GraphQLErrorJson[] },
): Outcome | string {
  const code = body.errors?.[0]?.extensions?.code;
  if (code === "FORBIDDEN" || code === "UNAUTHENTICATED") return code;
  if (body.errors?.length) return `ERROR ${code}: ${body.errors[0]?.message}`;
  const value = body.data?.[kase.field];
  if (kase.kind === "mutation") {
    const errors = (value as { userErrors?: { code: string; message?: string }[] } | null)?.userErrors ?? [];
    if (errors.length === 0) return "OK";
    return errors[0]?.code === "OUT_OF_SCOPE" ? "OUT_OF_SCOPE" : `USER_ERROR:${errors[0]?.code}`;
  }
  if (value === null) return "NULL";
  if (Array.isArray(value) && value.length === 0) return "EMPTY";
  return "OK";
}

describe("every root field has a case", () => {
  it("in the matrix, once", async () => {
    const schema = await createSchema();
    const fields = (t: GraphQLObjectType | null | undefined) => (t ? Object.keys(t.getFields()) : []);
    const root = [...fields(schema.getQueryType()), ...fields(schema.getMutationType())].sort();
    expect(CASES.map((c) => c.field).sort()).toEqual(root);
    expect(isObjectType(schema.getQueryType())).toBe(true);
  });
});

describe.each(backends())("authorization matrix on %s", (backend) => {
  let server: TestServer;
  let seq = 0;
  const cache = new Map<string, Promise<string>>();
  let helpers: MatrixHelpers;

  beforeAll(async () => {
    server = await startTestServer(backend, { label: "matrix" });
    const cityAdmin = await server.login();
    const asCityAdmin = async <T>(query: string, variables?: Record<string, unknown>): Promise<T> => {
      const r = await server.gql<T>(query, variables, cityAdmin);
      if (r.body.errors) throw new Error(`setup failed: ${JSON.stringify(r.body.errors)}`);
      return r.body.data as T;
    };
    await asCityAdmin("mutation($i: CreateUserInput!) { createUser(input: $i) { userErrors { message } } }", {
      i: { username: USERNAMES.COUNTY_VIEWER, password: TEST_PASSWORD, role: "VIEWER", countyCode: OWN },
    });
    const firstOrg = (county: string, covered: boolean) =>
      asCityAdmin<{ county: { organizations: { nodes: { id: string }[] } } }>(
        "query($c: String!, $covered: Boolean!) { county(code: $c) { organizations(first: 1, filter: {organizationCovered: $covered, inPopulation: true}) { nodes { id } } } }",
        { c: county, covered },
      ).then((d) => d.county.organizations.nodes[0]?.id as string);
    const once = (key: string, make: () => Promise<string>) => {
      if (!cache.has(key)) cache.set(key, make());
      return cache.get(key) as Promise<string>;
    };
    helpers = {
      own: OWN,
      other: OTHER,
      countyOf: (t: Target) => (t === "own" ? OWN : OTHER),
      asCityAdmin,
      coveredOrganizationId: (c) => once(`covered:${c}`, () => firstOrg(c, true)),
      uncoveredOrganizationId: (c) => once(`uncovered:${c}`, () => firstOrg(c, false)),
      branchId: (c) =>
        once(`branch:${c}`, () =>
          firstOrg(c, true).then((id) =>
            asCityAdmin<{ node: { branches: { id: string }[] } }>(
              "query($id: ID!) { node(id: $id) { ... on Organization { branches { id } } } }",
              {
                id,
              },
            ).then((d) => d.node.branches[0]?.id as string),
          ),
        ),
      unique: (prefix) => `${prefix}${backend.slice(0, 1)}${Date.now().toString(36)}${(seq++).toString(36)}`,
    };
  });
  afterAll(async () => server?.stop());

  const cells = CASES.flatMap((kase) =>
    ACTORS.flatMap((actor) =>
      (["own", "other"] as const).map((target) => {
        const e = kase.expect[actor];
        return { kase, actor, target, expected: typeof e === "string" ? e : e[target] };
      }),
    ),
  );

  it.each(cells.map((c) => [`${c.kase.field} × ${c.actor} × ${c.target}`, c] as const))("%s", async (_, cell) => {
    const request = await cell.kase.request(cell.target, helpers);
    const token = await server.login(USERNAMES[cell.actor]);
    const r = await server.gql(request.query, request.variables, token);
    expect(classify(cell.kase, r.body)).toBe(cell.expected);
  });

  // Clients offer what `viewer.capabilities` lists: it must be the table the server enforces, and a
  // mutation the matrix shows succeeding for an actor must need a capability that actor is told of.
  it.each(ACTORS.map((a) => [a] as const))("viewer.capabilities of %s is what the server enforces", async (actor) => {
    const token = await server.login(USERNAMES[actor]);
    const r = await server.gql<{ viewer: { role: string; capabilities: string[] } }>(
      "{ viewer { role capabilities } }",
      {},
      token,
    );
    expect(r.body.errors).toBeUndefined();
    const viewer = r.body.data?.viewer as { role: Parameters<typeof can>[0]; capabilities: string[] };
    expect([...viewer.capabilities].sort()).toEqual(CAPABILITIES.filter((c) => can(viewer.role, c)).sort());
    const writes = {
      createOrganization: "WRITE_LEDGER",
      reviewDemonstrationSite: "REVIEW_SITE",
      setQuotaPlan: "SET_QUOTA",
    };
    for (const [field, capability] of Object.entries(writes)) {
      const kase = CASES.find((c) => c.field === field) as MatrixCase;
      const e = kase.expect[actor];
      const ownOutcome = typeof e === "string" ? e : e.own;
      expect(ownOutcome === "FORBIDDEN", `${field} × ${actor}`).toBe(!viewer.capabilities.includes(capability));
    }
  });

  // The first start's two fields answer anonymous callers too: the setup refuses once users exist.
  const ANONYMOUS: Record<string, string> = {
    login: "USER_ERROR:INVALID_INPUT",
    setupRequired: "OK",
    setupFirstAdmin: "USER_ERROR:INVALID_TRANSITION",
  };
  it.each(CASES.map((k) => [k.field, k] as const))(
    "%s refuses anonymous callers (login and the first start's setup excepted)",
    async (_, kase) => {
      const request = await kase.request("own", helpers);
      const r = await server.gql(request.query, request.variables, null);
      const anonymous = ANONYMOUS[kase.field];
      if (anonymous) expect(classify(kase, r.body)).toBe(anonymous);
      else expect(r.body.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    },
  );
});
