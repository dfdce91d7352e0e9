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
import { Params, readInstant, sqlInstant } from "./sql.js";

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
   * Checks a password; the answer never says whether the username exists. Failures are counted per
   * username and per address in the database (so the limits hold across replicas); past the limit
   * the key is locked for a while, whether or not the user exists.
   */
  async login(username: string, password: string, address: string | null): Promise<LoginResult> {
    const failure = { ok: false, message: "用户名或密码错误" } as const;
    const name = username.trim().toLowerCase();
    const keys = [`user:${name.slice(0, 100)}`, ...(address ? [`addr:${address.slice(0, 100)}`] : [])];
    const now = new Date();
    const locked = await this.lockedUntil(keys, now);
    if (locked) {
      const minutes = Math.max(1, Math.ceil((locked.getTime() - now.getTime()) / 60_000));
      return { ok: false, message: `登录失败次数过多，请${minutes}分钟后再试` };
    }
    const user =
      name.length > 0 && name.length <= 64
        ? await this.db.run((m) => m.getRepository(UserEntity).findOneBy({ username: name }))
        : null;
    const hash = user?.passwordHash ?? (await dummyHash());
    const matches = password.length <= 1024 && (await verifyPassword(password, hash));
    if (!user || !matches || user.disabled) {
      await this.recordFailure(keys, now);
      return failure;
    }
    await this.db.transaction((tx) => tx.query("DELETE FROM login_throttle WHERE throttle_key = ?", [keys[0]]));
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

  private async lockedUntil(keys: readonly string[], now: Date): Promise<Date | null> {
    const p = new Params();
    const rows = await this.db.query(
      `SELECT locked_until FROM login_throttle WHERE throttle_key IN ${p.list(keys)}`,
      p.values,
    );
    const until = rows.map((r) => readInstant(r.locked_until)).filter((d): d is Date => d !== null && d > now);
    return until.length > 0 ? new Date(Math.max(...until.map((d) => d.getTime()))) : null;
  }

  private async recordFailure(keys: readonly string[], now: Date): Promise<void> {
    await this.db.transaction(async (tx) => {
      for (const key of keys) {
        const limit = key.startsWith("user:") ? this.throttle.maxFailuresPerUser : this.throttle.maxFailuresPerAddress;
        const [row] = await tx.query(
          `SELECT failures, window_started_at FROM login_throttle WHERE throttle_key = ?${tx.forUpdate}`,
          [key],
        );
        const started = readInstant(row?.window_started_at);
        const fresh = !row || !started || now.getTime() - started.getTime() > this.throttle.windowMs;
        const failures = fresh ? 1 : Number(row?.failures) + 1;
        const lockedUntil = failures >= limit ? sqlInstant(new Date(now.getTime() + this.throttle.lockMs)) : null;
        if (row) {
          await tx.query(
            "UPDATE login_throttle SET failures = ?, window_started_at = ?, locked_until = ? WHERE throttle_key = ?",
            [failures, sqlInstant(fresh ? now : (started as Date)), lockedUntil, key],
          );
        } else {
          await tx.query(
            tx.isMysql
              ? "INSERT INTO login_throttle (throttle_key, failures, window_started_at, locked_until) VALUES (?, ?, ?, ?) ON DUPLICATE KEY UPDATE failures = failures + 1"
              : "INSERT INTO login_throttle (throttle_key, failures, window_started_at, locked_until) VALUES (?, ?, ?, ?) ON CONFLICT(throttle_key) DO UPDATE SET failures = failures + 1",
            [key, failures, sqlInstant(now), lockedUntil],
          );
        }
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
