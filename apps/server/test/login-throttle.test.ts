/**
 * Login throttling under attack: parallel guesses, look-alike usernames, names no account can have,
 * and a forged X-Forwarded-For behind a trusted proxy.
 */
import type { IncomingMessage } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../src/config/config.js";
import { clientAddress } from "../src/http/server.js";
import { normalizeUsername } from "../src/service/auth.service.js";
import { sqlInstant } from "../src/service/sql.js";
import { backends, startTestServer, type TestServer } from "./support/harness.js";

const LOGIN = "mutation($i: LoginInput!) { login(input: $i) { token userErrors { message } } }";
type LoginBody = { login: { token: string | null; userErrors: { message: string }[] } };

async function login(server: TestServer, username: string, password: string, forwardedFor?: string) {
  const res = await fetch(`${server.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(forwardedFor ? { "x-forwarded-for": forwardedFor } : {}) },
    body: JSON.stringify({ query: LOGIN, variables: { i: { username, password } } }),
  });
  const body = (await res.json()) as { data?: LoginBody };
  return body.data?.login ?? { token: null, userErrors: [{ message: "(no data)" }] };
}

const LOCKED = /登录失败次数过多/;
const BUSY = "登录尝试过于频繁，请稍后再试";

describe("normalized usernames and forwarded addresses", () => {
  it("fold case, accents and full-width forms as the database's collation would", () => {
    expect(normalizeUsername("City-Admin")).toBe("city-admin");
    expect(normalizeUsername("cíty-ádmin")).toBe("city-admin");
    expect(normalizeUsername("ＣＩＴＹ-admin")).toBe("city-admin");
    expect(normalizeUsername(" city-admin ")).toBe("city-admin");
  });

  it("take the client address from the right of X-Forwarded-For, as many entries as trusted hops", () => {
    const req = (xff: string | undefined) =>
      ({
        headers: xff === undefined ? {} : { "x-forwarded-for": xff },
        socket: { remoteAddress: "10.0.0.1" },
      }) as unknown as IncomingMessage;
    expect(clientAddress(req("6.6.6.6, 203.0.113.9"), 0)).toBe("10.0.0.1");
    expect(clientAddress(req("6.6.6.6, 203.0.113.9"), 1)).toBe("203.0.113.9");
    expect(clientAddress(req("6.6.6.6, 203.0.113.9, 10.0.0.2"), 2)).toBe("203.0.113.9");
    expect(clientAddress(req("203.0.113.9"), 3)).toBe("203.0.113.9");
    expect(clientAddress(req(undefined), 1)).toBe("10.0.0.1");
  });
});

describe("limits from the environment", () => {
  const load = (env: Record<string, string>) =>
    loadConfig(
      { JWT_SECRET: "x".repeat(32), DATA_DIR: join(tmpdir(), "liangxin-config-test"), ...env },
      { needsSecret: false },
    );
  it("read TRUST_PROXY as trusted hops (true: one), and the query and HTTP limits", () => {
    expect(load({}).trustProxy).toBe(0);
    expect(load({ TRUST_PROXY: "false" }).trustProxy).toBe(0);
    expect(load({ TRUST_PROXY: "true" }).trustProxy).toBe(1);
    expect(load({ TRUST_PROXY: "2" }).trustProxy).toBe(2);
    expect(() => load({ TRUST_PROXY: "yes" })).toThrow(ConfigError);
    const limits = load({ MAX_QUERY_TOKENS: "800", MAX_QUERY_ALIASES: "5", MAX_AGGREGATE_KEYS: "2" }).queryLimits;
    expect([limits.maxTokens, limits.maxAliases, limits.maxAggregateKeys]).toEqual([800, 5, 2]);
    expect(load({ HTTP_HEADERS_TIMEOUT_MS: "5000" }).httpTimeouts.headersMs).toBe(5000);
    expect(() => load({ HTTP_HEADERS_TIMEOUT_MS: "9000", HTTP_REQUEST_TIMEOUT_MS: "8000" })).toThrow(
      /HTTP_REQUEST_TIMEOUT_MS/,
    );
  });
});

describe.each(backends())("login throttling under attack on %s", (backend) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(backend, {
      label: "throttle",
      env: { LOGIN_MAX_FAILURES_PER_USER: "3", LOGIN_MAX_FAILURES_PER_ADDRESS: "12", TRUST_PROXY: "1" },
    });
  });
  afterAll(() => server?.stop());

  it("lets no more parallel guesses through than the limit", async () => {
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) => login(server, "viewer", `wrong-${i}`, `198.51.100.${i}`)),
    );
    const checked = results.filter((r) => r.userErrors[0]?.message === "用户名或密码错误");
    // Refused before any check: locked once three failures are in, or (while they are still being
    // checked) asked to retry.
    const refused = results.filter(
      (r) => LOCKED.test(r.userErrors[0]?.message ?? "") || r.userErrors[0]?.message === BUSY,
    );
    expect(checked).toHaveLength(3);
    expect(refused).toHaveLength(17);
    expect(results.every((r) => r.token === null)).toBe(true);
    expect(
      LOCKED.test((await login(server, "viewer", "wrong-again", "198.51.100.99")).userErrors[0]?.message ?? ""),
    ).toBe(true);
  });

  it("starts a key over once its lock has run out: the next attempt is checked, and counts as the first", async () => {
    const past = sqlInstant(new Date(Date.now() - 60_000));
    await server.app.dataSource.query("UPDATE login_throttle SET locked_until = ? WHERE throttle_key = 'user:viewer'", [
      past,
    ]);
    expect((await login(server, "viewer", "still-wrong", "198.51.100.98")).userErrors[0]?.message).toBe(
      "用户名或密码错误",
    );
    const rows = await server.app.dataSource.query(
      "SELECT failures, locked_until FROM login_throttle WHERE throttle_key = 'user:viewer'",
    );
    expect(Number(rows[0]?.failures)).toBe(1);
    expect(rows[0]?.locked_until).toBeNull();
  });

  it("tells correct logins arriving together of no failure: each signs in or is asked to retry, and the retry works", async () => {
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) => login(server, "county-211282", "Test-Passw0rd-for-CI", `198.51.101.${i}`)),
    );
    expect(results.some((r) => r.token !== null)).toBe(true);
    for (const r of results) {
      if (r.token === null) expect(r.userErrors[0]?.message).toBe(BUSY);
    }
    expect((await login(server, "county-211282", "Test-Passw0rd-for-CI", "198.51.101.99")).token).toBeTruthy();
    const rows = await server.app.dataSource.query(
      "SELECT COUNT(*) AS n FROM login_throttle WHERE throttle_key = 'user:county-211282'",
    );
    expect(Number(rows[0]?.n)).toBe(0);
  });

  it("gives usernames differing only by case, accents or width one budget", async () => {
    const variants = ["reviewer", "Reviewer", "révieweR", "ＲＥＶＩＥＷＥＲ", "reviewér"];
    const results = [];
    for (const [i, name] of variants.entries()) results.push(await login(server, name, "wrong", `192.0.2.${i}`));
    expect(results.map((r) => LOCKED.test(r.userErrors[0]?.message ?? ""))).toEqual([false, false, false, true, true]);
    const rows = await server.app.dataSource.query(
      "SELECT throttle_key FROM login_throttle WHERE throttle_key LIKE 'user:%' ORDER BY throttle_key",
    );
    expect(rows.map((r: { throttle_key: string }) => r.throttle_key)).toEqual(["user:reviewer", "user:viewer"]);
  });

  it("refuses a name no account can have before any lookup; it counts for the address only", async () => {
    for (const name of ["x", "名字很长的用户", "a'; DROP TABLE app_user; --", "-starts-with-dash"]) {
      const r = await login(server, name, "wrong", "203.0.113.50");
      expect(r.userErrors[0]?.message).toBe("用户名或密码错误");
    }
    const rows = await server.app.dataSource.query(
      "SELECT throttle_key, failures FROM login_throttle WHERE throttle_key = 'addr:203.0.113.50'",
    );
    expect(Number(rows[0]?.failures)).toBe(4);
    const keys = await server.app.dataSource.query(
      "SELECT COUNT(*) AS n FROM login_throttle WHERE throttle_key LIKE 'user:%'",
    );
    expect(Number(keys[0]?.n)).toBe(2);
  });

  it("counts a forged left-most X-Forwarded-For against the address the proxy saw", async () => {
    const results = [];
    for (let i = 0; i < 14; i++) {
      results.push(await login(server, `nobody-${i}`, "wrong", `10.9.${i}.1, 203.0.113.77`));
    }
    expect(results.slice(0, 12).every((r) => r.userErrors[0]?.message === "用户名或密码错误")).toBe(true);
    expect(results.slice(12).every((r) => LOCKED.test(r.userErrors[0]?.message ?? ""))).toBe(true);
    // A correct password from elsewhere still works; from the locked address it waits.
    expect((await login(server, "city-admin", "Test-Passw0rd-for-CI", "203.0.113.78")).token).toBeTruthy();
    expect((await login(server, "city-admin", "Test-Passw0rd-for-CI", "1.1.1.1, 203.0.113.77")).token).toBeNull();
  });
});
