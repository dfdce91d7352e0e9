/**
 * The read side of the contract over HTTP: identity, connections and their caps, filters, node ids,
 * the relations between units, branches and liaisons, errors, and the operator endpoints.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { backends, startTestServer, TEST_PASSWORD, type TestServer } from "./support/harness.js";

type Org = {
  id: string;
  name: string;
  category: string;
  aboveScale: boolean;
  organizationCovered: boolean;
  liaisonCovered: boolean;
  coverageStatus: string;
  county: { code: string };
  park: { id: string; name: string } | null;
  branches: { id: string; formation: string; organizations: { id: string }[] }[];
  branchLinks: { role: string; branch: { id: string } }[];
  liaisons: { id: string; name: string; county: { code: string } }[];
};
type Connection = {
  totalCount: number;
  nodes: Org[];
  edges: { cursor: string; node: { id: string } }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
};

const ORG_FIELDS = `id name category aboveScale organizationCovered liaisonCovered coverageStatus county { code }
  park { id name } branches { id formation organizations { id } } branchLinks { role branch { id } }
  liaisons { id name county { code } }`;

describe.each(backends())("the GraphQL API on %s", (backend) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(backend, { label: "api" });
  });
  afterAll(async () => server?.stop());

  describe("identity", () => {
    it("refuses every query without a token: UNAUTHENTICATED, HTTP 401", async () => {
      const r = await server.gql("{ city { name } }");
      expect(r.status).toBe(401);
      expect(r.body.errors?.[0]?.extensions).toMatchObject({ code: "UNAUTHENTICATED" });
      expect(r.body.data).toBeUndefined();
    });

    it("refuses a forged, expired-looking or garbage token the same way", async () => {
      const token = await server.login();
      const forged = `${token.slice(0, -4)}AAAA`;
      for (const t of [forged, "not-a-token", "a.b.c"]) {
        const r = await server.gql("{ viewer { username } }", {}, t);
        expect(r.body.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
      }
    });

    it("refuses a mixed operation that smuggles a query next to login", async () => {
      const r = await server.gql(
        `mutation { login(input: {username: "city-admin", password: "${TEST_PASSWORD}"}) { token } } `,
      );
      expect(r.body.data).toBeDefined();
      const q = await server.gql("query { ... on Query { city { name } } }");
      expect(q.body.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    });

    it("logs in with username and password and answers viewer with role and county", async () => {
      const token = await server.login("county-211281");
      const r = await server.gql<{
        viewer: { username: string; role: string; county: { code: string; name: string } };
      }>("{ viewer { username role county { code name } } }", {}, token);
      expect(r.body.data?.viewer).toEqual({
        username: "county-211281",
        role: "COUNTY_ADMIN",
        county: { code: "211281", name: "调兵山市" },
      });
      const city = await server.query<{ viewer: { role: string; county: null } }>(
        "{ viewer { role county { code } } }",
      );
      expect(city.viewer).toEqual({ role: "CITY_ADMIN", county: null });
    });

    it("answers a wrong password and an unknown user with the same userError, no token", async () => {
      const q =
        "mutation($i: LoginInput!) { login(input: $i) { token user { username } userErrors { code message field } } }";
      const wrong = await server.gql<{ login: Record<string, unknown> }>(q, {
        i: { username: "city-admin", password: "nope" },
      });
      const unknown = await server.gql<{ login: Record<string, unknown> }>(q, {
        i: { username: "nobody", password: "nope" },
      });
      expect(wrong.body.data?.login).toEqual({
        token: null,
        user: null,
        userErrors: [{ code: "INVALID_INPUT", message: "用户名或密码错误", field: ["input", "password"] }],
      });
      expect(unknown.body.data?.login).toEqual(wrong.body.data?.login);
    });

    it("seeds the users of the guide with their roles", async () => {
      for (const [username, role] of [
        ["city-admin", "CITY_ADMIN"],
        ["reviewer", "REVIEWER"],
        ["viewer", "VIEWER"],
        ["county-211272", "COUNTY_ADMIN"],
      ]) {
        const d = await server.query<{ viewer: { role: string } }>("{ viewer { role } }", {}, username);
        expect(d.viewer.role).toBe(role);
      }
    });
  });

  describe("connections", () => {
    it("default to 20 nodes, with edges, cursors and totalCount", async () => {
      const d = await server.query<{ organizations: Connection }>(
        "{ organizations { totalCount nodes { id } edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }",
      );
      const c = d.organizations;
      expect(c.nodes).toHaveLength(20);
      expect(c.edges.map((e) => e.node.id)).toEqual(c.nodes.map((n) => n.id));
      expect(c.totalCount).toBeGreaterThanOrEqual(2252);
      expect(c.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false, endCursor: c.edges[19]?.cursor });
    });

    it("page with after through a county without gaps or repeats", async () => {
      const q = `query($after: String) { county(code: "211272") { organizations(first: 100, after: $after) {
        totalCount nodes { id } pageInfo { hasNextPage endCursor } } } }`;
      const seen: string[] = [];
      let after: string | null = null;
      let total = 0;
      for (let i = 0; i < 10; i++) {
        const d: { county: { organizations: Connection } } = await server.query(q, { after });
        const c = d.county.organizations;
        total = c.totalCount;
        seen.push(...c.nodes.map((n) => n.id));
        if (!c.pageInfo.hasNextPage) break;
        after = c.pageInfo.endCursor;
      }
      expect(new Set(seen).size).toBe(seen.length);
      expect(seen.length).toBe(total);
      expect(total).toBe(82 + 25 + 2);
    });

    it("refuse first above 100 or below 1, and a bad cursor, as BAD_USER_INPUT", async () => {
      const token = await server.login();
      for (const q of [
        "{ organizations(first: 101) { totalCount } }",
        "{ organizations(first: 0) { totalCount } }",
        '{ organizations(after: "bm9wZQ") { totalCount } }',
        '{ county(code: "211281") { organizations(first: 1000) { totalCount } } }',
        "{ leaders(first: 500) { totalCount } }",
      ]) {
        const r = await server.gql(q, {}, token);
        expect(r.body.errors?.[0]?.extensions?.code, q).toBe("BAD_USER_INPUT");
      }
    });

    it("filter by category, above-scale, coverage, name and park", async () => {
      const d = await server.query<Record<string, { organizations: Connection }>>(
        `{
          np: county(code: "211281") { organizations(filter: {category: NON_PUBLIC_ENTERPRISE, inPopulation: true}) { totalCount } }
          above: county(code: "211281") { organizations(filter: {aboveScale: true}) { totalCount nodes { aboveScale organizationCovered } } }
          uncovered: county(code: "211281") { organizations(filter: {organizationCovered: false, liaisonCovered: false, inPopulation: true}) { totalCount nodes { coverageStatus } } }
          covered: county(code: "211281") { organizations(filter: {organizationCovered: true}) { totalCount } }
          named: county(code: "211281") { organizations(filter: {nameContains: "留德"}) { totalCount nodes { name park { id name } } } }
          weird: county(code: "211281") { organizations(filter: {nameContains: "%_!'\\""}) { totalCount } }
        }`,
      );
      expect(d.np?.organizations.totalCount).toBe(250);
      expect(d.above?.organizations.totalCount).toBe(41);
      expect(d.above?.organizations.nodes.every((n) => n.aboveScale && n.organizationCovered)).toBe(true);
      expect(d.uncovered?.organizations.totalCount).toBe(0);
      expect(d.covered?.organizations.totalCount).toBe(110 + 53);
      expect(d.named?.organizations.nodes.map((n) => n.name)).toEqual(["辽宁留德润滑油有限公司"]);
      expect(d.weird?.organizations.totalCount).toBe(0);
      const park = d.named?.organizations.nodes[0]?.park;
      expect(park?.name).toBe("调兵山市工业园区");
      const inPark = await server.query<{ organizations: Connection }>(
        "query($p: ID!) { organizations(first: 100, filter: {parkId: $p}) { totalCount nodes { county { code } park { id } } } }",
        { p: park?.id },
      );
      expect(inPark.organizations.totalCount).toBeGreaterThan(10);
      expect(inPark.organizations.nodes.every((n) => n.county.code === "211281" && n.park?.id === park?.id)).toBe(true);
    });

    it("count units without a branch or liaison (空白点) as the coverage does", async () => {
      const d = await server.query<{ organizations: Connection; city: { coverage: { gapCount: number } } }>(
        `{ organizations(filter: {organizationCovered: false, liaisonCovered: false, inPopulation: true}) { totalCount }
           city { coverage { gapCount } } }`,
      );
      expect(d.organizations.totalCount).toBe(d.city.coverage.gapCount);
      expect(d.organizations.totalCount).toBe(115);
    });
  });

  describe("units, branches and liaisons", () => {
    it("link both ways: a unit's branches cover it, with its role", async () => {
      // 50 a page: each unit's branches list up to 250 units (query limits, api/complexity.ts).
      const d = await server.query<{ organizations: Connection }>(
        `{ organizations(first: 50, filter: {organizationCovered: true}) { nodes { ${ORG_FIELDS} } } }`,
      );
      expect(d.organizations.nodes).toHaveLength(50);
      for (const o of d.organizations.nodes) {
        expect(o.branches.length).toBeGreaterThan(0);
        for (const b of o.branches) expect(b.organizations.map((x) => x.id)).toContain(o.id);
        const link = o.branchLinks[0];
        expect(link?.role).toBe(o.branches[0]?.formation === "STANDALONE" ? "HOST" : "MEMBER");
        expect(["ORGANIZATION_ONLY", "ORGANIZATION_AND_LIAISON"]).toContain(o.coverageStatus);
        for (const l of o.liaisons) expect(l.county.code).toBe(o.county.code);
      }
    });

    it("shows 辽宁唐人神曙光农牧集团's 党委 of 117 members", async () => {
      const d = await server.query<{ organizations: { nodes: { branches: Record<string, unknown>[] }[] } }>(
        `{ organizations(filter: {nameContains: "唐人神"}) { nodes { branches { name level formation formalMemberCount committeeSize foundedOn } } } }`,
      );
      expect(d.organizations.nodes[0]?.branches[0]).toMatchObject({
        name: "中共辽宁唐人神曙光农牧集团委员会",
        level: "COMMITTEE",
        formation: "STANDALONE",
        formalMemberCount: 117,
      });
    });
  });

  describe("node(id)", () => {
    it("refetches every kind of object by its opaque id", async () => {
      const d = await server.query<{
        county: { id: string; organizations: { nodes: Org[] } };
        leaders: { nodes: { id: string; name: string }[] };
      }>(`{ county(code: "211281") { id organizations(first: 50, filter: {organizationCovered: true}) { nodes { ${ORG_FIELDS} } } }
           leaders(first: 1) { nodes { id name } } }`);
      const org = d.county.organizations.nodes.find((o) => o.liaisons.length > 0) as Org;
      const ids: [string, string][] = [
        [d.county.id, "County"],
        [org.id, "Organization"],
        [org.branches[0]?.id as string, "Branch"],
        [org.liaisons[0]?.id as string, "Liaison"],
        [org.park?.id ?? d.county.id, org.park ? "Park" : "County"],
        [d.leaders.nodes[0]?.id as string, "Leader"],
      ];
      for (const [id, type] of ids) {
        const r = await server.query<{ node: { __typename: string; id: string } }>(
          "query($id: ID!) { node(id: $id) { __typename id } }",
          {
            id,
          },
        );
        expect(r.node).toEqual({ __typename: type, id });
      }
    });

    it("answers null for unknown, malformed or foreign ids", async () => {
      const fake = Buffer.from("Organization:999999").toString("base64url");
      for (const id of [
        fake,
        "garbage",
        "",
        Buffer.from("Secret:1").toString("base64url"),
        Buffer.from("Organization:-1").toString("base64url"),
      ]) {
        const r = await server.query<{ node: unknown }>("query($id: ID!) { node(id: $id) { id } }", { id });
        expect(r.node, id).toBeNull();
      }
    });
  });

  describe("leaders and contact points", () => {
    it("lists the 26 city leaders and the 市委书记's documented point with its 联络人", async () => {
      const d = await server.query<{
        leaders: { totalCount: number; nodes: { title: string; contactPoints: Record<string, unknown>[] }[] };
        county: { organizationHeadName: string };
      }>(`{ leaders(level: CITY, first: 100) { totalCount nodes { title contactPoints(year: 2023) {
            year organization { name county { code } } liaisonOfficerName leader { title } } } }
           county(code: "211224") { organizationHeadName } }`);
      expect(d.leaders.totalCount).toBe(26);
      const withPoints = d.leaders.nodes.filter((l) => l.contactPoints.length > 0);
      expect(withPoints).toHaveLength(1);
      expect(withPoints[0]?.contactPoints[0]).toEqual({
        year: 2023,
        organization: { name: "辽宁唐人神曙光农牧集团", county: { code: "211224" } },
        liaisonOfficerName: d.county.organizationHeadName,
        leader: { title: "市委书记" },
      });
    });
  });

  describe("errors and operators", () => {
    it("answers a malformed query and an unknown field with BAD_USER_INPUT and a request id", async () => {
      const token = await server.login();
      for (const q of ["{ city { name ", "{ city { nope } }", '{ city { coverage(asOf: "2023-02-30") { asOf } } }']) {
        const r = await server.gql(q, {}, token);
        expect(r.body.errors?.[0]?.extensions?.code, q).toBe("BAD_USER_INPUT");
        expect(r.body.errors?.[0]?.extensions?.requestId).toBe(r.requestId);
      }
    });

    it("answers a body that is not JSON with 400", async () => {
      const res = await fetch(`${server.url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: "{nope",
      });
      expect(res.status).toBe(400);
    });

    it("serves /healthz and /readyz", async () => {
      expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
      const ready = await fetch(`${server.url}/readyz`);
      expect([ready.status, await ready.json()]).toEqual([200, { status: "ready" }]);
    });

    it("answers with its own request id; the caller's is logged beside it, never in its place", async () => {
      const res = await fetch(`${server.url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", "x-request-id": "trace-12345678" },
        body: JSON.stringify({ query: "{ setupRequired }" }),
      });
      const id = res.headers.get("x-request-id");
      expect(id).not.toBe("trace-12345678");
      expect(id).toMatch(/^[0-9a-f-]{36}$/);
      // The log line is written when the response has finished.
      const line = await vi.waitFor(() => {
        const found = server.logs.find((l) => l.requestId === id && l.msg === "request");
        if (!found) throw new Error("no log line yet");
        return found;
      });
      expect(line.clientRequestId).toBe("trace-12345678");
    });
  });
});
