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

export class AuthService {
  constructor(
    private readonly db: Db,
    private readonly secret: Uint8Array,
    private readonly ttlSeconds: number,
  ) {}

  /** Checks a password; the answer never says whether the username exists. */
  async login(username: string, password: string): Promise<LoginResult> {
    const failure = { ok: false, message: "用户名或密码错误" } as const;
    const name = username.trim();
    const user =
      name.length > 0 && name.length <= 64
        ? await this.db.run((m) => m.getRepository(UserEntity).findOneBy({ username: name }))
        : null;
    const hash = user?.passwordHash ?? (await dummyHash());
    const matches = password.length <= 1024 && (await verifyPassword(password, hash));
    if (!user || !matches || user.disabled) return failure;
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
