/**
 * Authorization beyond the matrix (scope of rows, phones), user management and revocation, the audit
 * trail of those writes, login throttling, query limits, input validation and hostile input.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { backends, startTestServer, TEST_PASSWORD, type TestServer } from "./support/harness.js";
import { snapshot } from "./support/snapshot.js";

const CREATE =
  "mutation($i: CreateUserInput!) { createUser(input: $i) { user { username role disabled county { code } } userErrors { code field message } } }";

describe.each(backends())("security on %s", (backend) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(backend, {
      label: "security",
      env: { LOGIN_MAX_FAILURES_PER_USER: "3", LOGIN_MAX_FAILURES_PER_ADDRESS: "1000" },
    });
  });
  afterAll(async () => server?.stop());

  describe("scope of rows", () => {
    it("refuses another county's organization rows to a county admin, and narrows city-wide lists to its county", async () => {
      const token = await server.login("county-211281");
      const other = await server.gql(
        '{ county(code: "211282") { name coverage { eligibleCount } organizations(first: 1) { totalCount } } }',
        {},
        token,
      );
      expect(other.body.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
      const aggregates = await server.gql<{ county: { coverage: { eligibleCount: number } } }>(
        '{ county(code: "211282") { name coverage { eligibleCount } } }',
        {},
        token,
      );
      expect(aggregates.body.data?.county.coverage.eligibleCount).toBe(290 + 60);
      const list = await server.gql<{ organizations: { totalCount: number; nodes: { county: { code: string } }[] } }>(
        "{ organizations(first: 100) { totalCount nodes { county { code } } } }",
        {},
        token,
      );
      expect(list.body.data?.organizations.nodes.every((n) => n.county.code === "211281")).toBe(true);
      expect(list.body.data?.organizations.totalCount).toBe(250 + 70 + 2 + 1 + 1);
    });

    it("hides contact points and county leaders of other counties from county roles", async () => {
      const q =
        "{ leaders(first: 100) { totalCount nodes { level county { code } contactPoints(year: 2023) { organization { name } } } } }";
      const city = await server.query<{ leaders: { nodes: { contactPoints: unknown[] }[] } }>(q);
      expect(city.leaders.nodes.flatMap((l) => l.contactPoints)).toHaveLength(1);
      const county = await server.query<{
        leaders: {
          totalCount: number;
          nodes: { level: string; county: { code: string } | null; contactPoints: unknown[] }[];
        };
      }>(q, {}, "county-211281");
      expect(county.leaders.nodes.flatMap((l) => l.contactPoints)).toHaveLength(0);
      expect(county.leaders.nodes.every((l) => l.level === "CITY" || l.county?.code === "211281")).toBe(true);
      expect(county.leaders.totalCount).toBe(26 + 6);
    });

    it("masks work phones for roles that do not manage the county", async () => {
      const q =
        '{ county(code: "211281") { organizations(first: 30, filter: {organizationCovered: true}) { nodes { branches { secretaryPhone } liaisons { phone } } } } }';
      const phones = async (user: string) => {
        const d = await server.query<{
          county: {
            organizations: { nodes: { branches: { secretaryPhone: string }[]; liaisons: { phone: string }[] }[] };
          };
        }>(q, {}, user);
        return d.county.organizations.nodes.flatMap((n) => [
          ...n.branches.map((b) => b.secretaryPhone),
          ...n.liaisons.map((l) => l.phone),
        ]);
      };
      const plain = await phones("county-211281");
      expect(plain.length).toBeGreaterThan(10);
      expect(plain.every((p) => /^024-7\d{7}$/.test(p))).toBe(true);
      expect(await phones("city-admin")).toEqual(plain);
      const masked = await phones("reviewer");
      expect(masked.every((p) => /^024-\*{4}\d{4}$/.test(p))).toBe(true);
      expect(masked.map((p) => p.slice(-4))).toEqual(plain.map((p) => p.slice(-4)));
    });
  });

  describe("user management", () => {
    it("creates a county admin who can sign in, and audits the change with the request id", async () => {
      const r = await server.gql<{ createUser: { user: Record<string, unknown>; userErrors: unknown[] } }>(
        CREATE,
        {
          i: {
            username: "zhang-211204",
            password: "Zhang-Passw0rd",
            role: "COUNTY_ADMIN",
            countyCode: "211204",
            displayName: "张管理员",
          },
        },
        await server.login(),
      );
      expect(r.body.data?.createUser).toEqual({
        user: { username: "zhang-211204", role: "COUNTY_ADMIN", disabled: false, county: { code: "211204" } },
        userErrors: [],
      });
      expect(await server.login("zhang-211204", "Zhang-Passw0rd")).toBeTruthy();
      const [entry] = await server.app.dataSource.query(
        "SELECT * FROM audit_log WHERE operation = 'createUser' ORDER BY id DESC LIMIT 1",
      );
      expect(entry).toMatchObject({
        username: "city-admin",
        role: "CITY_ADMIN",
        entity_type: "User",
        request_id: r.requestId,
      });
      expect(JSON.parse(entry.changes)).toMatchObject({
        username: [null, "zhang-211204"],
        role: [null, "COUNTY_ADMIN"],
        countyCode: [null, "211204"],
      });
      expect(entry.changes).not.toContain("Passw0rd");
    });

    it("refuses bad users with userErrors and writes nothing, audit included", async () => {
      const before = await snapshot(server, ["app_user", "audit_log"]);
      const token = await server.login();
      for (const [input, code, field] of [
        [{ username: "x", password: "Good-Passw0rd", role: "VIEWER" }, "INVALID_INPUT", "username"],
        [{ username: "city-admin", password: "Good-Passw0rd", role: "VIEWER" }, "CONFLICT", "username"],
        [{ username: "weakling", password: "short", role: "VIEWER" }, "INVALID_INPUT", "password"],
        [{ username: "weakling", password: "onlyletterslong", role: "VIEWER" }, "INVALID_INPUT", "password"],
        [{ username: "nocounty", password: "Good-Passw0rd", role: "COUNTY_ADMIN" }, "INVALID_INPUT", "countyCode"],
        [
          { username: "badcounty", password: "Good-Passw0rd", role: "COUNTY_ADMIN", countyCode: "999999" },
          "INVALID_INPUT",
          "countyCode",
        ],
        [
          { username: "cityhasnone", password: "Good-Passw0rd", role: "REVIEWER", countyCode: "211281" },
          "INVALID_INPUT",
          "countyCode",
        ],
        [
          { username: "<script>alert(1)</script>", password: "Good-Passw0rd", role: "VIEWER" },
          "INVALID_INPUT",
          "username",
        ],
        [
          { username: "x'; DROP TABLE app_user; --", password: "Good-Passw0rd", role: "VIEWER" },
          "INVALID_INPUT",
          "username",
        ],
      ] as const) {
        const r = await server.gql<{ createUser: { user: null; userErrors: { code: string; field: string[] }[] } }>(
          CREATE,
          { i: input },
          token,
        );
        expect(r.body.data?.createUser.user, JSON.stringify(input)).toBeNull();
        expect(r.body.data?.createUser.userErrors[0]).toMatchObject({ code, field: ["input", field] });
      }
      for (const [variables, why] of [
        [{ i: { username: "a".repeat(5000), password: "Good-Passw0rd", role: "VIEWER" } }, "huge string"],
        [{ i: { username: "ok-user", password: "Good-Passw0rd", role: "GOD" } }, "unknown enum value"],
        [{ i: { username: 42, password: "Good-Passw0rd", role: "VIEWER" } }, "wrong type"],
        // (A missing password is not one: the server generates it.)
        [{ i: { password: "Good-Passw0rd", role: "VIEWER" } }, "missing field"],
      ] as const) {
        const r = await server.gql(CREATE, variables as Record<string, unknown>, token);
        expect(r.body.errors?.[0]?.extensions?.code, why).toBe("BAD_USER_INPUT");
      }
      expect(await snapshot(server, ["app_user", "audit_log"])).toEqual(before);
    });

    it("a duplicate submission creates one user", async () => {
      const token = await server.login();
      const input = { i: { username: "twice-user", password: "Twice-Passw0rd", role: "VIEWER" } };
      const results = await Promise.all([server.gql(CREATE, input, token), server.gql(CREATE, input, token)]);
      const codes = results.map(
        (r) =>
          (r.body.data as { createUser: { userErrors: { code: string }[] } }).createUser.userErrors[0]?.code ?? "OK",
      );
      expect(codes.sort()).toEqual(["CONFLICT", "OK"]);
      const rows = await server.app.dataSource.query(
        "SELECT COUNT(*) AS n FROM app_user WHERE username = 'twice-user'",
      );
      expect(Number(rows[0].n)).toBe(1);
    });

    it("disabling a user stops its tokens at once; enabling lets it sign in again", async () => {
      const admin = await server.login();
      await server.gql(
        CREATE,
        { i: { username: "soon-disabled", password: "Disable-Passw0rd", role: "VIEWER" } },
        admin,
      );
      const token = await server.login("soon-disabled", "Disable-Passw0rd");
      expect((await server.gql("{ viewer { username } }", {}, token)).body.errors).toBeUndefined();
      const set =
        "mutation($i: SetUserDisabledInput!) { setUserDisabled(input: $i) { user { disabled } userErrors { code } } }";
      await server.gql(set, { i: { username: "soon-disabled", disabled: true } }, admin);
      const after = await server.gql("{ viewer { username } }", {}, token);
      expect(after.body.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
      const refused = await server.gql<{ login: { token: string | null } }>(
        "mutation($i: LoginInput!) { login(input: $i) { token } }",
        { i: { username: "soon-disabled", password: "Disable-Passw0rd" } },
      );
      expect(refused.body.data?.login.token).toBeNull();
      await server.gql(set, { i: { username: "soon-disabled", disabled: false } }, admin);
      const again = await server.gql<{ login: { token: string } }>(
        "mutation($i: LoginInput!) { login(input: $i) { token } }",
        { i: { username: "soon-disabled", password: "Disable-Passw0rd" } },
      );
      expect(again.body.data?.login.token).toBeTruthy();
    });

    it("resetting a password ends the user's sessions; the last city admin cannot be disabled", async () => {
      const admin = await server.login();
      await server.gql(CREATE, { i: { username: "reset-me", password: "Reset-Passw0rd1", role: "REVIEWER" } }, admin);
      const old = await server.login("reset-me", "Reset-Passw0rd1");
      await server.gql(
        "mutation($i: ResetUserPasswordInput!) { resetUserPassword(input: $i) { userErrors { code } } }",
        { i: { username: "reset-me", newPassword: "Reset-Passw0rd2" } },
        admin,
      );
      expect((await server.gql("{ viewer { username } }", {}, old)).body.errors?.[0]?.extensions?.code).toBe(
        "UNAUTHENTICATED",
      );
      expect(await server.login("reset-me", "Reset-Passw0rd2")).toBeTruthy();
      const last = await server.gql<{ setUserDisabled: { userErrors: { code: string }[] } }>(
        'mutation { setUserDisabled(input: {username: "city-admin", disabled: true}) { userErrors { code } } }',
        {},
        admin,
      );
      expect(last.body.data?.setUserDisabled.userErrors[0]?.code).toBe("CONFLICT");
    });

    it("lets any user change its own password with the current one", async () => {
      const admin = await server.login();
      await server.gql(CREATE, { i: { username: "self-service", password: "Self-Passw0rd1", role: "VIEWER" } }, admin);
      const token = await server.login("self-service", "Self-Passw0rd1");
      const r = await server.gql<{ changeOwnPassword: { userErrors: unknown[] } }>(
        'mutation { changeOwnPassword(input: {currentPassword: "Self-Passw0rd1", newPassword: "Self-Passw0rd2"}) { userErrors { code } } }',
        {},
        token,
      );
      expect(r.body.data?.changeOwnPassword.userErrors).toEqual([]);
      expect(await server.login("self-service", "Self-Passw0rd2")).toBeTruthy();
    });

    it("shows the audit trail of an entity to reviewers, newest first", async () => {
      const admin = await server.login();
      const created = await server.gql<{ createUser: { user: { username: string } } }>(
        CREATE,
        { i: { username: "audited-one", password: "Audit-Passw0rd1", role: "VIEWER" } },
        admin,
      );
      expect(created.body.data?.createUser.user.username).toBe("audited-one");
      await server.gql(
        'mutation { updateUser(input: {username: "audited-one", role: REVIEWER}) { userErrors { code } } }',
        {},
        admin,
      );
      const [row] = await server.app.dataSource.query("SELECT id FROM app_user WHERE username = 'audited-one'");
      const id = Buffer.from(`User:${row.id}`).toString("base64url");
      const log = await server.query<{
        auditLog: {
          totalCount: number;
          nodes: { operation: string; username: string; changes: { field: string; before: string; after: string }[] }[];
        };
      }>(
        "query($id: ID!) { auditLog(entityId: $id) { totalCount nodes { operation username changes { field before after } } } }",
        { id },
        "reviewer",
      );
      expect(log.auditLog.totalCount).toBe(2);
      expect(log.auditLog.nodes.map((n) => n.operation)).toEqual(["updateUser", "createUser"]);
      expect(log.auditLog.nodes[0]?.changes).toEqual([{ field: "role", before: '"VIEWER"', after: '"REVIEWER"' }]);
    });
  });

  describe("login throttling", () => {
    const login = (username: string, password: string) =>
      server.gql<{ login: { token: string | null; userErrors: { message: string }[] } }>(
        "mutation($i: LoginInput!) { login(input: $i) { token userErrors { message } } }",
        { i: { username, password } },
      );

    it("locks a username after the failures allowed, whether or not the user exists, without saying which", async () => {
      const admin = await server.login();
      await server.gql(CREATE, { i: { username: "throttled", password: "Throttle-Passw0rd", role: "VIEWER" } }, admin);
      for (const name of ["throttled", "ghost-user"]) {
        for (let i = 0; i < 3; i++)
          expect((await login(name, "wrong")).body.data?.login.userErrors[0]?.message).toBe("用户名或密码错误");
        const locked = await login(name, name === "throttled" ? "Throttle-Passw0rd" : "wrong");
        expect(locked.body.data?.login.token).toBeNull();
        expect(locked.body.data?.login.userErrors[0]?.message).toMatch(/登录失败次数过多，请\d+分钟后再试/);
      }
      // The counters live in the database, where every replica sees them.
      const rows = await server.app.dataSource.query(
        "SELECT throttle_key, failures FROM login_throttle WHERE throttle_key LIKE 'user:%' ORDER BY throttle_key",
      );
      expect(rows.map((r: { throttle_key: string; failures: number }) => [r.throttle_key, Number(r.failures)])).toEqual(
        [
          ["user:ghost-user", 3],
          ["user:throttled", 3],
        ],
      );
    });

    it("a success resets the user's counter", async () => {
      const admin = await server.login();
      await server.gql(CREATE, { i: { username: "forgetful", password: "Forget-Passw0rd", role: "VIEWER" } }, admin);
      await login("forgetful", "wrong");
      await login("forgetful", "wrong");
      expect((await login("forgetful", "Forget-Passw0rd")).body.data?.login.token).toBeTruthy();
      await login("forgetful", "wrong");
      await login("forgetful", "wrong");
      expect((await login("forgetful", "Forget-Passw0rd")).body.data?.login.token).toBeTruthy();
    });
  });

  describe("query limits and input", () => {
    it("refuses a query over the depth limit before running it: QUERY_TOO_COMPLEX", async () => {
      const deep = `{ city { counties { organizations { nodes { branches { organizations { branches { organizations { branches { organizations { name } } } } } } } } } } }`;
      const r = await server.gql(deep, {}, await server.login());
      expect(r.status).toBe(400);
      expect(r.body.errors?.[0]?.extensions?.code).toBe("QUERY_TOO_COMPLEX");
      const line = server.logs.find((l) => l.requestId === r.requestId && l.msg === "request");
      expect(line?.sql).toBe(1); // the token check only
    });

    it("refuses a query over the cost ceiling: QUERY_TOO_COMPLEX", async () => {
      const wide = `{ a: organizations(first: 100) { nodes { branches { organizations { branches { name } } } } }
        b: organizations(first: 100) { nodes { branches { organizations { branches { name } } } } }
        c: city { counties { organizations(first: 100) { nodes { branches { organizations { name liaisons { name } } } } } } } }`;
      const r = await server.gql(wide, {}, await server.login());
      expect(r.body.errors?.[0]).toMatchObject({ extensions: { code: "QUERY_TOO_COMPLEX" } });
    });

    it("reports a constraint failure with the field path", async () => {
      const r = await server.gql(
        CREATE,
        { i: { username: "ok-name", password: "p".repeat(300), role: "VIEWER" } },
        await server.login(),
      );
      expect(r.body.errors?.[0]).toMatchObject({
        message: "密码最多200个字符",
        extensions: { code: "BAD_USER_INPUT", field: ["input", "password"] },
      });
    });
  });
});

describe("production settings", () => {
  it("refuses introspection to anonymous callers in production, and allows listed origins only", async () => {
    const server = await startTestServer("sqlite", {
      label: "prod",
      env: { NODE_ENV: "production", CORS_ORIGINS: "https://admin.example.cn" },
    });
    try {
      const anon = await server.gql("{ __schema { queryType { name } } }");
      expect(anon.body.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
      const signedIn = await server.gql<{ __schema: { queryType: { name: string } } }>(
        "{ __schema { queryType { name } } }",
        {},
        await server.login(),
      );
      expect(signedIn.body.data?.__schema.queryType.name).toBe("Query");
      const allowed = await fetch(`${server.url}/graphql`, {
        method: "OPTIONS",
        headers: { origin: "https://admin.example.cn" },
      });
      expect(allowed.headers.get("access-control-allow-origin")).toBe("https://admin.example.cn");
      const other = await fetch(`${server.url}/graphql`, {
        method: "OPTIONS",
        headers: { origin: "https://evil.example.com" },
      });
      expect(other.headers.get("access-control-allow-origin")).toBeNull();
      expect(TEST_PASSWORD).toBeTruthy();
    } finally {
      await server.stop();
    }
  });
});
