/**
 * A department's first start on an empty database, through the API alone (issue 15): the nine
 * counties are there after migrating; the server printed a one-time setup code; the first CITY_ADMIN
 * is created anonymously with it (and only with it, and only while no user exists); then accounts
 * for the county staff (a generated password shown once), resets, disabling; and the audit trail
 * searched by operation, user, kind of entity and day.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prepareSetupCode } from "../src/service/setup.service.js";
import { backends, startTestServer, type TestServer } from "./support/harness.js";
import { ALL_TABLES, snapshot } from "./support/snapshot.js";

const SETUP = `mutation($i: SetupFirstAdminInput!) { setupFirstAdmin(input: $i) {
  user { username role displayName } generatedPassword userErrors { code field message } } }`;
const CREATE_USER = `mutation($i: CreateUserInput!) { createUser(input: $i) {
  user { username role displayName disabled county { code } createdAt } generatedPassword userErrors { code field message } } }`;
const RESET = `mutation($i: ResetUserPasswordInput!) { resetUserPassword(input: $i) {
  user { username } generatedPassword userErrors { code field message } } }`;
const DISABLE = `mutation($i: SetUserDisabledInput!) { setUserDisabled(input: $i) { user { disabled } userErrors { code } } }`;
const LOGIN = `mutation($i: LoginInput!) { login(input: $i) { token userErrors { code } } }`;

type Errors = { code: string; field: string[] | null; message: string }[];
type UserPayload = {
  user: Record<string, unknown> | null;
  generatedPassword: string | null;
  userErrors: Errors;
};

describe.each(backends())("the first start on an empty database, on %s", (backend) => {
  let server: TestServer;
  let admin: string;
  const ADMIN_PASSWORD = "First-Admin-2026";

  beforeAll(async () => {
    server = await startTestServer(backend, { label: "firststart", empty: true });
  });
  afterAll(async () => server?.stop());

  const anonymous = async <T>(query: string, variables?: Record<string, unknown>) =>
    (await server.gql<T>(query, variables, null)).body;
  const setup = async (input: Record<string, unknown>) =>
    (await anonymous<{ setupFirstAdmin: UserPayload }>(SETUP, { i: input })).data?.setupFirstAdmin as UserPayload;
  /** A query as the first admin (the harness's users do not exist here). */
  const asAdmin = async <T>(query: string, variables: Record<string, unknown> = {}): Promise<T> => {
    const r = await server.gql<T>(query, variables, await server.login(admin, ADMIN_PASSWORD));
    if (r.body.errors) throw new Error(JSON.stringify(r.body.errors));
    return r.body.data as T;
  };
  const signIn = async (username: string, password: string) =>
    (await anonymous<{ login: { token: string | null } }>(LOGIN, { i: { username, password } })).data?.login.token ??
    null;

  it("has the nine counties and no user; printed a setup code kept in the database", async () => {
    expect(server.setupCode).toMatch(/^[A-Z2-9]{4}(-[A-Z2-9]{4}){4}$/);
    const counties = await server.app.dataSource.query("SELECT code FROM county ORDER BY sort_order");
    expect(counties).toHaveLength(9);
    expect(await server.app.dataSource.query("SELECT COUNT(*) AS n FROM app_user")).toEqual([{ n: expect.anything() }]);
    expect((await anonymous<{ setupRequired: boolean }>("{ setupRequired }")).data).toEqual({ setupRequired: true });
    // Another replica (or a restart) prints the same code.
    expect(await prepareSetupCode(server.app.dataSource)).toBe(server.setupCode);
    // Nothing else is open to anonymous callers.
    const refused = await server.gql("{ city { counties { code } } }", {}, null);
    expect(refused.body.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("refuses a wrong code and a weak password, changing nothing", async () => {
    const before = await snapshot(server, [...ALL_TABLES, "app_meta"]);
    const wrong = await setup({ setupCode: "AAAA-BBBB-CCCC-DDDD-EEEE", username: "chen", password: ADMIN_PASSWORD });
    expect(wrong.userErrors.map((e) => [e.code, e.field])).toEqual([["INVALID_INPUT", ["input", "setupCode"]]]);
    const weak = await setup({ setupCode: server.setupCode, username: "chen", password: "short" });
    expect(weak.userErrors.map((e) => [e.code, e.field])).toEqual([["INVALID_INPUT", ["input", "password"]]]);
    const badName = await setup({ setupCode: server.setupCode, username: "陈", password: ADMIN_PASSWORD });
    expect(badName.userErrors.map((e) => [e.code, e.field])).toEqual([["INVALID_INPUT", ["input", "username"]]]);
    expect(await snapshot(server, [...ALL_TABLES, "app_meta"])).toEqual(before);
  });

  it("creates the first CITY_ADMIN once with the code (typed in lower case, without dashes); the code is spent", async () => {
    const typed = (server.setupCode as string).toLowerCase().replaceAll("-", " ");
    const results = await Promise.all([
      setup({ setupCode: typed, username: "Chen-Admin", password: ADMIN_PASSWORD, displayName: "陈管理员" }),
      setup({ setupCode: server.setupCode, username: "li-admin", password: ADMIN_PASSWORD }),
    ]);
    const ok = results.filter((r) => r.user);
    expect(ok).toHaveLength(1);
    expect(results.filter((r) => !r.user).map((r) => r.userErrors[0]?.code)).toEqual(["INVALID_TRANSITION"]);
    const created = ok[0]?.user as { username: string; role: string };
    expect(created.role).toBe("CITY_ADMIN");
    expect(ok[0]?.generatedPassword).toBeNull();
    expect(await server.app.dataSource.query("SELECT value FROM app_meta WHERE `key` = 'setup_code'")).toEqual([]);
    expect((await anonymous<{ setupRequired: boolean }>("{ setupRequired }")).data).toEqual({ setupRequired: false });
    // The code no longer works, even the right one.
    const late = await setup({ setupCode: server.setupCode, username: "wang-admin", password: ADMIN_PASSWORD });
    expect(late.userErrors[0]?.code).toBe("INVALID_TRANSITION");
    admin = created.username;
    const token = await signIn(admin, ADMIN_PASSWORD);
    expect(token).toBeTruthy();
    const audit = await asAdmin<{ auditLog: { nodes: { operation: string; entityType: string }[] } }>(
      '{ auditLog(filter: {entityType: "User"}) { nodes { operation entityType } } }',
    );
    expect(audit.auditLog.nodes).toEqual([{ operation: "setupFirstAdmin", entityType: "User" }]);
    expect(await prepareSetupCode(server.app.dataSource)).toBeNull();
  });

  it("gives county staff accounts with a password shown once; resets and disables them", async () => {
    const token = (await signIn(admin, ADMIN_PASSWORD)) as string;
    const as = async <T>(query: string, i: Record<string, unknown>) => {
      const r = await server.gql<Record<string, T>>(query, { i }, token);
      expect(r.body.errors).toBeUndefined();
      return Object.values(r.body.data ?? {})[0] as T;
    };
    const staff = await as<UserPayload>(CREATE_USER, {
      username: "tbs-staff",
      role: "COUNTY_ADMIN",
      countyCode: "211281",
      displayName: "调兵山市组织部",
    });
    expect(staff.userErrors).toEqual([]);
    expect(staff.user).toMatchObject({ username: "tbs-staff", role: "COUNTY_ADMIN", county: { code: "211281" } });
    expect(staff.generatedPassword).toMatch(/^[A-Za-z0-9]{16}$/);
    expect(await signIn("tbs-staff", staff.generatedPassword as string)).toBeTruthy();
    // Stored as a hash only.
    const [row] = await server.app.dataSource.query("SELECT password_hash FROM app_user WHERE username = 'tbs-staff'");
    expect(String(row.password_hash)).not.toContain(staff.generatedPassword as string);

    const reset = await as<UserPayload>(RESET, { username: "tbs-staff" });
    expect(reset.generatedPassword).toMatch(/^[A-Za-z0-9]{16}$/);
    expect(reset.generatedPassword).not.toBe(staff.generatedPassword);
    expect(await signIn("tbs-staff", staff.generatedPassword as string)).toBeNull();
    expect(await signIn("tbs-staff", reset.generatedPassword as string)).toBeTruthy();
    // A chosen password is not echoed.
    const chosen = await as<UserPayload>(RESET, { username: "tbs-staff", newPassword: "Chosen-Passw0rd" });
    expect(chosen.generatedPassword).toBeNull();

    await as(DISABLE, { username: "tbs-staff", disabled: true });
    expect(await signIn("tbs-staff", "Chosen-Passw0rd")).toBeNull();
    await as(DISABLE, { username: "tbs-staff", disabled: false });
    expect(await signIn("tbs-staff", "Chosen-Passw0rd")).toBeTruthy();

    await as(CREATE_USER, { username: "kaiyuan-view", role: "VIEWER", countyCode: "211282" });
    const list = async (filter: Record<string, unknown>) =>
      (
        await server.gql<{ users: { totalCount: number; nodes: { username: string }[] } }>(
          "query($f: UserFilter) { users(filter: $f) { totalCount nodes { username } } }",
          { f: filter },
          token,
        )
      ).body.data?.users;
    expect((await list({ countyCode: "211281" }))?.nodes.map((u) => u.username)).toEqual(["tbs-staff"]);
    expect((await list({ role: "VIEWER" }))?.totalCount).toBe(1);
    expect((await list({ search: "组织部" }))?.nodes.map((u) => u.username)).toEqual(["tbs-staff"]);
    expect((await list({ search: "%" }))?.totalCount).toBe(0);
  });

  it("searches the audit trail by operation, user, kind of entity and day, newest first, in capped pages", async () => {
    const search = async (filter: Record<string, unknown>, first = 20) =>
      (
        await asAdmin<{
          auditLog: { totalCount: number; nodes: { operation: string; username: string; entityType: string }[] };
        }>(
          "query($f: AuditLogFilter, $n: Int) { auditLog(filter: $f, first: $n) { totalCount nodes { operation username entityType } } }",
          { f: filter, n: first },
        )
      ).auditLog;
    const all = await search({});
    expect(all.nodes.map((n) => n.operation)).toEqual([
      "createUser",
      "setUserDisabled",
      "setUserDisabled",
      "resetUserPassword",
      "resetUserPassword",
      "createUser",
      "setupFirstAdmin",
    ]);
    expect((await search({ operation: "resetUserPassword" })).totalCount).toBe(2);
    expect((await search({ username: admin.toUpperCase() })).totalCount).toBe(6);
    expect((await search({ username: "nobody" })).totalCount).toBe(0);
    // Entries carry the database's time of the write: the days are the department's (Asia/Shanghai).
    const newest = await asAdmin<{ auditLog: { nodes: { occurredAt: string }[] } }>(
      "{ auditLog(first: 1) { nodes { occurredAt } } }",
    );
    const day = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(
      new Date(newest.auditLog.nodes[0]?.occurredAt as string),
    );
    const shift = (d: string, n: number) =>
      new Date(Date.parse(`${d}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
    expect((await search({ from: day, to: day })).totalCount).toBe(7);
    expect((await search({ to: shift(day, -1) })).totalCount).toBe(0);
    expect((await search({ from: shift(day, 1) })).totalCount).toBe(0);
    const page = await search({}, 2);
    expect(page.nodes).toHaveLength(2);
    const facets = await asAdmin<{ auditLogFacets: { operations: string[]; entityTypes: string[] } }>(
      "{ auditLogFacets { operations entityTypes } }",
    );
    expect(facets.auditLogFacets).toEqual({
      operations: ["createUser", "resetUserPassword", "setUserDisabled", "setupFirstAdmin"],
      entityTypes: ["User"],
    });
    const tooMany = await server.gql(
      "{ auditLog(first: 101) { totalCount } }",
      {},
      await server.login(admin, ADMIN_PASSWORD),
    );
    expect(tooMany.body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const backwards = await server.gql(
      '{ auditLog(filter: {from: "2026-11-28", to: "2026-11-27"}) { totalCount } }',
      {},
      await server.login(admin, ADMIN_PASSWORD),
    );
    expect(backwards.body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });
});
