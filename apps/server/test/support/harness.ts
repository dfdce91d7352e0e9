/**
 * Starts the real server in-process on a free port, on the embedded SQLite back end or on a fresh
 * MariaDB database of its own (when TEST_DATABASE_URL is set), seeded with the reference dataset,
 * and talks to it over HTTP like any client.
 */
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import mysql from "mysql2/promise";
import { pino } from "pino";
import { type App, startApp } from "../../src/app.js";
import { type Clock, fixedClock } from "../../src/common/clock.js";
import { type AppConfig, loadConfig } from "../../src/config/config.js";
import { createDataSource } from "../../src/config/data-source.js";
import { seedReferenceData } from "../../src/seed/seed.js";

export type Backend = "sqlite" | "mysql";
export const TEST_PASSWORD = "Test-Passw0rd-for-CI";
export const JWT_SECRET = "test-secret-test-secret-test-secret-0123456789";
/** The instant the test server's clock stands at (unless a test gives its own clock). */
export const TEST_NOW = "2026-11-27T02:00:00Z";

/** The back ends to run against: SQLite always, MariaDB whenever TEST_DATABASE_URL is set. */
export function backends(): Backend[] {
  return process.env.TEST_DATABASE_URL ? ["sqlite", "mysql"] : ["sqlite"];
}

/** A fresh, empty MariaDB database on the TEST_DATABASE_URL server, dropped by `drop()`. */
export async function freshMysqlDatabase(label: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const base = new URL(process.env.TEST_DATABASE_URL as string);
  // Named after TEST_DATABASE_URL's own database (lx when it names none), so runs sharing a server keep apart.
  const prefix =
    base.pathname
      .replace(/^\//, "")
      .replace(/[^a-z0-9_]/gi, "")
      .slice(0, 20) || "lx";
  const name =
    `${prefix}_${label.replace(/[^a-z0-9]/gi, "").slice(0, 20)}_${randomBytes(4).toString("hex")}`.toLowerCase();
  const admin = await mysql.createConnection({
    uri: `${base.protocol}//${base.username}${base.password ? `:${base.password}` : ""}@${base.host}/`,
  });
  await admin.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  await admin.end();
  const url = new URL(base.toString());
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const c = await mysql.createConnection({
        uri: `${base.protocol}//${base.username}${base.password ? `:${base.password}` : ""}@${base.host}/`,
      });
      await c.query(`DROP DATABASE IF EXISTS \`${name}\``);
      await c.end();
    },
  };
}

export interface LogLine {
  readonly msg: string;
  readonly requestId?: string;
  readonly sql?: number;
  readonly operation?: string;
  readonly user?: string | null;
  readonly [key: string]: unknown;
}

export interface TestServer {
  readonly backend: Backend;
  readonly app: App;
  readonly url: string;
  readonly config: AppConfig;
  readonly logs: LogLine[];
  /** The one-time setup code the server printed at start (an empty database only). */
  readonly setupCode: string | null;
  login(username?: string, password?: string): Promise<string>;
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string | null,
  ): Promise<{ status: number; body: { data?: T; errors?: GraphQLErrorJson[] }; requestId: string }>;
  /** Runs a query as `username` and fails the test on any error. */
  query<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, username?: string): Promise<T>;
  stop(): Promise<void>;
}

export interface GraphQLErrorJson {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; requestId?: string; field?: string[]; [key: string]: unknown };
}

export async function startTestServer(
  backend: Backend,
  options: {
    label?: string;
    clock?: Clock;
    env?: Record<string, string>;
    /** Start on an empty (migrated) database, as a department's first start: no reference data, no user. */
    empty?: boolean;
    /** A MariaDB database migrated and seeded already (a replica of several): used as it is, never dropped. */
    databaseUrl?: string;
  } = {},
): Promise<TestServer> {
  const dataDir = mkdtempSync(join(tmpdir(), "liangxin-test-"));
  const env: Record<string, string> = {
    PORT: "0",
    HOST: "127.0.0.1",
    DATA_DIR: dataDir,
    JWT_SECRET,
    SEED_PASSWORD: TEST_PASSWORD,
    LOG_LEVEL: "info",
    ...(options.empty ? { SEED_ON_FIRST_START: "false" } : {}),
    ...options.env,
  };
  let drop: (() => Promise<void>) | null = null;
  if (backend === "mysql" && options.databaseUrl) {
    env.DATABASE_URL = options.databaseUrl;
  } else if (backend === "mysql") {
    const db = await freshMysqlDatabase(options.label ?? "t");
    env.DATABASE_URL = db.url;
    drop = db.drop;
    // As in production: migrations and the seed run once, before the server starts.
    const config = loadConfig(env);
    const ds = createDataSource(config.database, pino({ level: "silent" }));
    await ds.initialize();
    await ds.runMigrations({ transaction: "each" });
    if (!options.empty) await seedReferenceData(ds, { password: TEST_PASSWORD });
    await ds.destroy();
  }
  const config = loadConfig(env);
  const logs: LogLine[] = [];
  const destination = new Writable({
    write(chunk, _enc, done) {
      for (const line of String(chunk).split("\n")) if (line.trim()) logs.push(JSON.parse(line));
      done();
    },
  });
  let setupCode: string | null = null;
  const app = await startApp({
    config,
    clock: options.clock ?? fixedClock(TEST_NOW),
    logDestination: destination,
    onSetupCode: (code) => {
      setupCode = code;
    },
  });
  // One login per account and password, shared by callers that ask at the same time: a test firing
  // 24 requests at once must not fire 24 logins, which the throttle rightly counts as parallel guesses.
  const tokens = new Map<string, Promise<string>>();

  const gql: TestServer["gql"] = async (query, variables, token) => {
    const res = await fetch(`${app.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return { status: res.status, body: (await res.json()) as never, requestId: res.headers.get("x-request-id") ?? "" };
  };

  const signIn = async (username: string, password: string): Promise<string> => {
    const r = await gql<{ login: { token: string | null; userErrors: { message: string }[] } }>(
      "mutation Login($input: LoginInput!) { login(input: $input) { token userErrors { message } } }",
      { input: { username, password } },
    );
    const token = r.body.data?.login.token;
    if (!token) throw new Error(`login ${username} failed: ${JSON.stringify(r.body)}`);
    return token;
  };
  const login = (username = "city-admin", password = TEST_PASSWORD): Promise<string> => {
    const key = `${username}\n${password}`;
    let pending = tokens.get(key);
    if (!pending) {
      pending = signIn(username, password);
      tokens.set(key, pending);
      // A refused login is not remembered: the next call tries again.
      pending.catch(() => tokens.delete(key));
    }
    return pending;
  };

  return {
    backend,
    app,
    url: app.url,
    config,
    logs,
    setupCode,
    login,
    gql,
    async query(query, variables, username = "city-admin") {
      const r = await gql(query, variables, await login(username));
      if (r.body.errors) throw new Error(`GraphQL errors: ${JSON.stringify(r.body.errors)}`);
      return r.body.data as never;
    },
    async stop() {
      // A test may have broken the app on purpose (its data source destroyed): its files and its
      // database go all the same.
      try {
        await app.stop();
      } finally {
        rmSync(dataDir, { recursive: true, force: true });
        if (drop) await drop();
      }
    },
  };
}
