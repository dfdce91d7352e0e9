/**
 * Configuration from the environment, read once at start-up. Nothing else reads process.env.
 */
import { randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { isAbsolute, join, resolve } from "node:path";
import {
  DEFAULT_FORMATION_CONFIG,
  DEFAULT_REPORTING_CONFIG,
  DEFAULT_STAR_BANDS,
  parseStarBands,
  type StarBands,
} from "@liangxin/domain";
import { DEFAULT_QUERY_LIMITS, type QueryLimits } from "../api/complexity.js";
import { DEFAULT_HTTP_TIMEOUTS, type HttpTimeouts } from "../http/server.js";
import { DEFAULT_THROTTLE, type ThrottleSettings } from "../service/auth.service.js";

export type DatabaseConfig =
  | {
      readonly kind: "mysql";
      readonly url: string;
      readonly poolSize: number;
      /**
       * `wsrep_sync_wait` set on every connection when the server finds itself on a Galera cluster
       * (GALERA_SYNC_WAIT, default 3: reads, and updates and deletes, first wait until the node has
       * applied every write the cluster committed before them).
       */
      readonly galeraSyncWait: number;
    }
  | { readonly kind: "sqlite"; readonly file: string };

export interface AppConfig {
  readonly port: number;
  readonly host: string;
  readonly production: boolean;
  readonly database: DatabaseConfig;
  /** Folder of the embedded database and the generated JWT secret. */
  readonly dataDir: string;
  readonly jwtSecret: Uint8Array;
  /** Lifetime of a login token, in seconds. */
  readonly tokenTtlSeconds: number;
  /** The time zone whose calendar day is "today" for as-of figures (the department's). */
  readonly timeZone: string;
  readonly logLevel: string;
  readonly jointUnitCap: number;
  readonly reportDueDay: number;
  /** Origins allowed to call the API from a browser (CORS); empty: same origin only. */
  readonly corsOrigins: readonly string[];
  /** Password of the seeded users; generated and printed once when unset. */
  readonly seedPassword: string | null;
  /** Seed the reference dataset into an empty embedded database on first start. */
  readonly seedOnFirstStart: boolean;
  /** Login failures allowed per username and per address in the window, and the lock that follows. */
  readonly throttle: ThrottleSettings;
  /**
   * Proxies in front of the server that append to X-Forwarded-For (0: none, use the socket's
   * address). The client address is the entry that many places from the right.
   */
  readonly trustProxy: number;
  /** Node's limits for slow and idle clients (http/server.ts). */
  readonly httpTimeouts: HttpTimeouts;
  /** Query limits checked before execution (api/complexity.ts). */
  readonly queryLimits: QueryLimits;
  /**
   * Where coverage figures are read: the kept aggregates (default), or the scan of every unit
   * (COVERAGE_READS=scan: the reference, for comparisons and benchmarks).
   */
  readonly coverageReads: "aggregates" | "scan";
  /** Score thresholds of 2, 3, 4 and 5 stars (星级量化), e.g. STAR_BANDS=60,70,80,90. */
  readonly starBands: StarBands;
}

export class ConfigError extends Error {}

const int = (env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number => {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max)
    throw new ConfigError(`${name} must be an integer in [${min}, ${max}], got "${raw}"`);
  return n;
};

function starBands(env: NodeJS.ProcessEnv): StarBands {
  const raw = env.STAR_BANDS;
  if (raw === undefined || raw.trim() === "") return DEFAULT_STAR_BANDS;
  const parsed = parseStarBands(raw.split(",").map((s) => (s.trim() === "" ? Number.NaN : Number(s))));
  if (!parsed.ok) throw new ConfigError(`STAR_BANDS: ${parsed.error.message} (got "${raw}")`);
  return parsed.value;
}

/** The JWT secret: JWT_SECRET, or in embedded mode one generated once and kept in the data folder. */
function jwtSecret(env: NodeJS.ProcessEnv, database: DatabaseConfig, dataDir: string): Uint8Array {
  const fromEnv = env.JWT_SECRET;
  if (fromEnv) {
    if (fromEnv.length < 32) throw new ConfigError("JWT_SECRET must be at least 32 characters");
    return new TextEncoder().encode(fromEnv);
  }
  if (database.kind === "mysql") throw new ConfigError("JWT_SECRET is required with DATABASE_URL (mysql)");
  const file = join(dataDir, "jwt-secret");
  if (!existsSync(file)) {
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(file, randomBytes(48).toString("base64url"), { mode: 0o600 });
    chmodSync(file, 0o600);
  }
  return new TextEncoder().encode(readFileSync(file, "utf8").trim());
}

function httpTimeouts(env: NodeJS.ProcessEnv): HttpTimeouts {
  const headersMs = int(env, "HTTP_HEADERS_TIMEOUT_MS", DEFAULT_HTTP_TIMEOUTS.headersMs, 1000, 600_000);
  const requestMs = int(env, "HTTP_REQUEST_TIMEOUT_MS", DEFAULT_HTTP_TIMEOUTS.requestMs, 1000, 3_600_000);
  if (requestMs < headersMs) throw new ConfigError("HTTP_REQUEST_TIMEOUT_MS must not be below HTTP_HEADERS_TIMEOUT_MS");
  return {
    headersMs,
    requestMs,
    keepAliveMs: int(env, "HTTP_KEEP_ALIVE_TIMEOUT_MS", DEFAULT_HTTP_TIMEOUTS.keepAliveMs, 1000, 600_000),
  };
}

/** TRUST_PROXY: a number of trusted hops; "true" means one (a single load balancer), "false" none. */
function trustProxyHops(env: NodeJS.ProcessEnv): number {
  const raw = env.TRUST_PROXY;
  if (raw === undefined || raw === "" || raw === "false") return 0;
  if (raw === "true") return 1;
  return int(env, "TRUST_PROXY", 0, 0, 10);
}

export function databaseConfig(env: NodeJS.ProcessEnv, dataDir: string): DatabaseConfig {
  const url = env.DATABASE_URL;
  if (url) {
    if (!/^mysql:\/\//.test(url)) throw new ConfigError("DATABASE_URL must be a mysql:// URL (MariaDB or MySQL)");
    return {
      kind: "mysql",
      url,
      poolSize: int(env, "DATABASE_POOL_SIZE", 10, 1, 500),
      galeraSyncWait: int(env, "GALERA_SYNC_WAIT", 3, 0, 15),
    };
  }
  return { kind: "sqlite", file: env.SQLITE_FILE ? resolve(env.SQLITE_FILE) : join(dataDir, "liangxin.sqlite") };
}

function coverageReads(env: NodeJS.ProcessEnv): "aggregates" | "scan" {
  const v = env.COVERAGE_READS ?? "aggregates";
  if (v !== "aggregates" && v !== "scan") throw new ConfigError("COVERAGE_READS must be aggregates or scan");
  return v;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env, options: { needsSecret?: boolean } = {}): AppConfig {
  const dataDir = resolve(env.DATA_DIR && env.DATA_DIR !== "" ? env.DATA_DIR : "data");
  if (env.DATA_DIR && !isAbsolute(dataDir)) throw new ConfigError("DATA_DIR could not be resolved");
  const database = databaseConfig(env, dataDir);
  const production = env.NODE_ENV === "production";
  const timeZone = env.APP_TIME_ZONE ?? "Asia/Shanghai";
  try {
    new Intl.DateTimeFormat("en-CA", { timeZone });
  } catch {
    throw new ConfigError(`APP_TIME_ZONE is not a known time zone: ${timeZone}`);
  }
  return {
    port: int(env, "PORT", 4000, 0, 65535),
    host: env.HOST ?? "0.0.0.0",
    production,
    database,
    dataDir,
    jwtSecret: options.needsSecret === false ? new Uint8Array() : jwtSecret(env, database, dataDir),
    tokenTtlSeconds: int(env, "TOKEN_TTL_SECONDS", 8 * 3600, 60, 30 * 24 * 3600),
    timeZone,
    logLevel: env.LOG_LEVEL ?? "info",
    jointUnitCap: int(env, "JOINT_UNIT_CAP", DEFAULT_FORMATION_CONFIG.jointUnitCap, 2, 20),
    reportDueDay: int(env, "REPORT_DUE_DAY", DEFAULT_REPORTING_CONFIG.dueDay, 1, 28),
    corsOrigins: (env.CORS_ORIGINS ?? "")
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean),
    seedPassword: env.SEED_PASSWORD && env.SEED_PASSWORD !== "" ? env.SEED_PASSWORD : null,
    seedOnFirstStart: env.SEED_ON_FIRST_START !== "false",
    throttle: {
      maxFailuresPerUser: int(env, "LOGIN_MAX_FAILURES_PER_USER", DEFAULT_THROTTLE.maxFailuresPerUser, 1, 1000),
      maxFailuresPerAddress: int(
        env,
        "LOGIN_MAX_FAILURES_PER_ADDRESS",
        DEFAULT_THROTTLE.maxFailuresPerAddress,
        1,
        100000,
      ),
      windowMs: int(env, "LOGIN_WINDOW_MINUTES", DEFAULT_THROTTLE.windowMs / 60_000, 1, 1440) * 60_000,
      lockMs: int(env, "LOGIN_LOCK_MINUTES", DEFAULT_THROTTLE.lockMs / 60_000, 1, 1440) * 60_000,
    },
    trustProxy: trustProxyHops(env),
    httpTimeouts: httpTimeouts(env),
    queryLimits: {
      maxTokens: int(env, "MAX_QUERY_TOKENS", DEFAULT_QUERY_LIMITS.maxTokens, 500, 100_000),
      maxDepth: int(env, "MAX_QUERY_DEPTH", DEFAULT_QUERY_LIMITS.maxDepth, 3, 50),
      maxCost: int(env, "MAX_QUERY_COST", DEFAULT_QUERY_LIMITS.maxCost, 100, 10_000_000),
      maxAliases: int(env, "MAX_QUERY_ALIASES", DEFAULT_QUERY_LIMITS.maxAliases, 0, 1000),
      maxDirectives: int(env, "MAX_QUERY_DIRECTIVES", DEFAULT_QUERY_LIMITS.maxDirectives, 0, 1000),
      maxAggregateKeys: int(env, "MAX_AGGREGATE_KEYS", DEFAULT_QUERY_LIMITS.maxAggregateKeys, 1, 100),
    },
    coverageReads: coverageReads(env),
    starBands: starBands(env),
  };
}
