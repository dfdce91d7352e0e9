/**
 * Identity: username and password → a signed token (JWT, HS256, with expiry); token → the viewer,
 * looked up in the database on every request so that role, county, disabling and revocation apply at
 * once and no server keeps sessions in memory.
 */
import { errors as joseErrors, jwtVerify, SignJWT } from "jose";
import type { Viewer } from "../common/request-context.js";
import { isRole } from "../common/roles.js";
import { UserEntity } from "../entity/entities.js";
import type { Db } from "./db.js";
import { dummyHash, verifyPassword } from "./password.js";
import { readInstant, sqlInstant } from "./sql.js";

const ISSUER = "liangxin";
const AUDIENCE = "liangxin-api";

export type LoginResult =
  | { readonly ok: true; readonly token: string; readonly expiresAt: Date; readonly user: UserEntity }
  | { readonly ok: false; readonly message: string };

export type TokenCheck =
  | { readonly kind: "VALID"; readonly viewer: Viewer; readonly user: UserEntity }
  | { readonly kind: "INVALID"; readonly reason: "MALFORMED" | "EXPIRED" | "REVOKED" };

function userFromRow(r: Record<string, unknown>): UserEntity {
  return Object.assign(new UserEntity(), {
    id: Number(r.id),
    username: String(r.username),
    passwordHash: String(r.password_hash),
    role: String(r.role),
    countyCode: r.county_code == null ? null : String(r.county_code),
    displayName: r.display_name == null ? null : String(r.display_name),
    disabled: r.disabled === true || Number(r.disabled) === 1,
    tokenVersion: Number(r.token_version),
  });
}

/** The usernames an account can have (user.service.ts creates only these). */
export const USERNAME_PATTERN = /^[a-z0-9][a-z0-9._-]{2,63}$/;

/**
 * A username as the database's collation would compare it (utf8mb4_unicode_ci folds case and
 * accents): compatibility forms folded (NFKC: full-width letters), accents stripped, lower case. So
 * "Ｃｉｔｙ-Admin" and "city-admin" share one throttle budget, and a name still outside
 * USERNAME_PATTERN after folding is refused before any lookup.
 */
export function normalizeUsername(username: string): string {
  return username
    .slice(0, 200)
    .normalize("NFKC")
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .trim();
}

export interface ThrottleSettings {
  readonly maxFailuresPerUser: number;
  readonly maxFailuresPerAddress: number;
  /** Failures count within this window. */
  readonly windowMs: number;
  /** How long a key stays locked once over its limit. */
  readonly lockMs: number;
}

export const DEFAULT_THROTTLE: ThrottleSettings = {
  maxFailuresPerUser: 10,
  maxFailuresPerAddress: 30,
  windowMs: 15 * 60_000,
  lockMs: 15 * 60_000,
};

export class AuthService {
  constructor(
    private readonly db: Db,
    private readonly secret: Uint8Array,
    private readonly ttlSeconds: number,
    private readonly throttle: ThrottleSettings = DEFAULT_THROTTLE,
  ) {}

  /**
   * Checks a password; the answer never says whether the username exists. Each attempt is reserved
   * first, atomically, per username and per address in the database (so the limits hold across
   * replicas and parallel guesses): a key whose attempts in the window (failed or still being
   * checked) have reached its limit takes no more. Only then, outside any transaction, is the
   * password checked (scrypt). A failure that brings a key to its limit locks it for a while,
   * whether or not the user exists; a success clears the username's count and gives the address its
   * attempt back. So correct logins arriving together are at worst asked to retry a moment later,
   * never told of failures that did not happen.
   */
  async login(username: string, password: string, address: string | null): Promise<LoginResult> {
    const failure = { ok: false, message: "用户名或密码错误" } as const;
    const name = normalizeUsername(username);
    const valid = USERNAME_PATTERN.test(name);
    const userKey = valid ? `user:${name}` : null;
    const addressKey = address ? `addr:${address.slice(0, 100)}` : null;
    const keys = [userKey, addressKey].filter((k): k is string => k !== null);
    const now = new Date();
    const refusal = await this.reserve(keys, userKey, now);
    if (refusal?.kind === "LOCKED") {
      const minutes = Math.max(1, Math.ceil((refusal.until.getTime() - now.getTime()) / 60_000));
      return { ok: false, message: `登录失败次数过多，请${minutes}分钟后再试` };
    }
    if (refusal?.kind === "BUSY") return { ok: false, message: "登录尝试过于频繁，请稍后再试" };
    const failed = async () => {
      await this.lockAtLimit(keys, userKey);
      return failure;
    };
    // A name no account can have is refused without a lookup (its attempt counts for the address).
    if (!valid) return failed();
    const user = await this.db.run((m) => m.getRepository(UserEntity).findOneBy({ username: name }));
    const hash = user?.passwordHash ?? (await dummyHash());
    const matches = password.length <= 1024 && (await verifyPassword(password, hash));
    if (!user || !matches || user.disabled || user.username !== name) return failed();
    await this.db.transaction(async (tx) => {
      await tx.query("DELETE FROM login_throttle WHERE throttle_key = ?", [userKey]);
      if (addressKey) {
        await tx.query(
          "UPDATE login_throttle SET locked_until = CASE WHEN failures - 1 >= ? THEN locked_until ELSE NULL END, failures = failures - 1 WHERE throttle_key = ? AND failures > 0",
          [this.throttle.maxFailuresPerAddress, addressKey],
        );
      }
    });
    const expiresAt = new Date(Date.now() + this.ttlSeconds * 1000);
    const token = await new SignJWT({ ver: user.tokenVersion })
      .setProtectedHeader({ alg: "HS256", typ: "JWT" })
      .setSubject(String(user.id))
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setIssuedAt()
      .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
      .sign(this.secret);
    return { ok: true, token, expiresAt, user };
  }

  private limitOf(key: string, userKey: string | null): number {
    return key === userKey ? this.throttle.maxFailuresPerUser : this.throttle.maxFailuresPerAddress;
  }

  /**
   * Reserves one attempt on each key (the username's first, then the address's) in one transaction,
   * rows locked. Nothing is reserved when a key is locked (LOCKED, until when) or when its attempts
   * in the window have reached its limit, some still being checked (BUSY); else every key's count
   * goes up by one (a fresh window starts at 1).
   */
  private async reserve(
    keys: readonly string[],
    userKey: string | null,
    now: Date,
  ): Promise<{ readonly kind: "LOCKED"; readonly until: Date } | { readonly kind: "BUSY" } | null> {
    if (keys.length === 0) return null;
    return this.db.transaction(async (tx) => {
      const rows = new Map<string, Record<string, unknown>>();
      for (const key of keys) {
        await tx.query(
          tx.isMysql
            ? "INSERT INTO login_throttle (throttle_key, failures, window_started_at, locked_until) VALUES (?, 0, ?, NULL) ON DUPLICATE KEY UPDATE throttle_key = throttle_key"
            : "INSERT INTO login_throttle (throttle_key, failures, window_started_at, locked_until) VALUES (?, 0, ?, NULL) ON CONFLICT(throttle_key) DO NOTHING",
          [key, sqlInstant(now)],
        );
        const [row] = await tx.query(
          `SELECT failures, window_started_at, locked_until FROM login_throttle WHERE throttle_key = ?${tx.forUpdate}`,
          [key],
        );
        rows.set(key, row as Record<string, unknown>);
      }
      const until = [...rows.values()]
        .map((r) => readInstant(r.locked_until))
        .filter((d): d is Date => d !== null && d > now);
      if (until.length > 0) return { kind: "LOCKED", until: new Date(Math.max(...until.map((d) => d.getTime()))) };
      const next = [...rows].map(([key, row]) => {
        const started = readInstant(row.window_started_at);
        // A lock that has run out starts the key over, as a window that has ended does.
        const fresh =
          !started || now.getTime() - started.getTime() > this.throttle.windowMs || row.locked_until != null;
        return { key, before: fresh ? 0 : Number(row.failures), startedAt: fresh ? now : (started as Date) };
      });
      if (next.some((k) => k.before >= this.limitOf(k.key, userKey))) return { kind: "BUSY" };
      for (const k of next) {
        await tx.query(
          "UPDATE login_throttle SET failures = ?, window_started_at = ?, locked_until = NULL WHERE throttle_key = ?",
          [k.before + 1, sqlInstant(k.startedAt), k.key],
        );
      }
      return null;
    });
  }

  /** After a failed check: each key whose count has reached its limit is locked from now on. */
  private async lockAtLimit(keys: readonly string[], userKey: string | null): Promise<void> {
    if (keys.length === 0) return;
    const lockedUntil = sqlInstant(new Date(Date.now() + this.throttle.lockMs));
    // A transaction, short and without slow work: on SQLite it keeps the write out of another one.
    await this.db.transaction(async (tx) => {
      for (const key of keys) {
        await tx.query(
          "UPDATE login_throttle SET locked_until = ? WHERE throttle_key = ? AND failures >= ? AND locked_until IS NULL",
          [lockedUntil, key, this.limitOf(key, userKey)],
        );
      }
    });
  }

  /** Verifies a bearer token and loads its user (one statement). */
  async authenticate(token: string): Promise<TokenCheck> {
    let subject: number;
    let version: number;
    try {
      const { payload } = await jwtVerify(token, this.secret, {
        issuer: ISSUER,
        audience: AUDIENCE,
        algorithms: ["HS256"],
      });
      subject = Number(payload.sub);
      version = Number(payload.ver);
      if (!Number.isSafeInteger(subject) || !Number.isSafeInteger(version))
        return { kind: "INVALID", reason: "MALFORMED" };
    } catch (error) {
      return { kind: "INVALID", reason: error instanceof joseErrors.JWTExpired ? "EXPIRED" : "MALFORMED" };
    }
    const [row] = await this.db.query("SELECT * FROM app_user WHERE id = ?", [subject]);
    const user = row ? userFromRow(row) : null;
    if (!user || user.disabled || user.tokenVersion !== version || !isRole(user.role)) {
      return { kind: "INVALID", reason: "REVOKED" };
    }
    return {
      kind: "VALID",
      user,
      viewer: {
        id: user.id,
        username: user.username,
        role: user.role,
        countyCode: user.countyCode,
        displayName: user.displayName,
      },
    };
  }
}
