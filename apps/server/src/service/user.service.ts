/**
 * User management (CITY_ADMIN) and one's own password. Passwords are hashed with scrypt; resetting
 * a password or disabling a user raises the token version, so tokens issued before stop working at
 * once on every replica.
 */
import { isCountyCode } from "@liangxin/domain";
import { isRole, type Role } from "../common/roles.js";
import { USERNAME_PATTERN } from "./auth.service.js";
import type { Db, Tx } from "./db.js";
import { mutate, type Outcome, refuse } from "./outcome.js";
import { generatePassword, hashPassword, verifyPassword } from "./password.js";
import { bool, likeContains, num, Params, readInstant } from "./sql.js";

export interface UserRecord {
  readonly id: number;
  readonly username: string;
  readonly role: Role;
  readonly countyCode: string | null;
  readonly displayName: string | null;
  readonly disabled: boolean;
  readonly createdAt: Date | null;
}

/** A write that may have set a password the server generated: shown once to the caller, never stored. */
export type WithGeneratedPassword = UserRecord & { readonly generatedPassword: string | null };

export interface UserFilterValues {
  readonly role?: string | null;
  readonly countyCode?: string | null;
  /** Substring of the username or the display name. */
  readonly search?: string | null;
}

export interface NewUser {
  readonly username: string;
  /** Omitted or empty: the server generates one and returns it once. */
  readonly password?: string | null;
  readonly role: string;
  readonly countyCode?: string | null;
  readonly displayName?: string | null;
}

function userFromRow(r: Record<string, unknown>): UserRecord {
  return {
    id: num(r.id),
    username: String(r.username),
    role: String(r.role) as Role,
    countyCode: r.county_code == null ? null : String(r.county_code),
    displayName: r.display_name == null ? null : String(r.display_name),
    disabled: bool(r.disabled),
    createdAt: readInstant(r.created_at),
  };
}

const audited = (u: UserRecord) => ({
  username: u.username,
  role: u.role,
  countyCode: u.countyCode,
  displayName: u.displayName,
  disabled: u.disabled,
});

/**
 * A new password made ready before the transaction: scrypt takes tens of milliseconds of CPU, so it
 * never runs inside a transaction (on SQLite that would hold every other write). `hash` is null when
 * the policy refuses the password (the transaction then refuses it with the policy's message).
 */
export interface PreparedPassword {
  readonly password: string;
  /** Set when the server generated the password (shown once to the caller, never stored). */
  readonly generated: string | null;
  readonly hash: string | null;
}

/** The given password (or a generated one, when none is given), checked and hashed. */
export async function preparePassword(given: string | null | undefined): Promise<PreparedPassword> {
  const generated = given ? null : generatePassword();
  const password = given || (generated as string);
  return { password, generated, hash: passwordProblem(password) ? null : await hashPassword(password) };
}

/** Checks a new password against the policy; returns the problem's message or null. */
export function passwordProblem(password: string): string | null {
  if (password.length < 10 || password.length > 200) return "密码长度须为10至200个字符";
  if (!/[A-Za-z]/.test(password) || !/\d/.test(password)) return "密码须同时包含字母和数字";
  return null;
}

function roleCountyProblem(role: Role, countyCode: string | null): { message: string; field: string } | null {
  if (role === "COUNTY_ADMIN" && !countyCode) return { message: "县级管理员须指定县（市）区", field: "countyCode" };
  if ((role === "CITY_ADMIN" || role === "REVIEWER") && countyCode) {
    return { message: "市级管理员和审核员不属于某个县（市）区", field: "countyCode" };
  }
  if (countyCode && !isCountyCode(countyCode))
    return { message: `未知的县（市）区代码：${countyCode}`, field: "countyCode" };
  return null;
}

export class UserService {
  constructor(private readonly db: Db) {}

  async page(
    first: number,
    afterId: number | null,
    filter: UserFilterValues = {},
  ): Promise<{ rows: UserRecord[]; hasNextPage: boolean; totalCount: number }> {
    const conditions = (p: Params): string[] => {
      const c = ["1 = 1"];
      if (filter.role) c.push(`role = ${p.add(filter.role)}`);
      if (filter.countyCode) c.push(`county_code = ${p.add(filter.countyCode)}`);
      if (filter.search) {
        const like = likeContains(filter.search);
        c.push(`(username LIKE ${p.add(like)} ESCAPE '!' OR display_name LIKE ${p.add(like)} ESCAPE '!')`);
      }
      return c;
    };
    const p = new Params();
    const where = conditions(p);
    if (afterId !== null) where.push(`id > ${p.add(afterId)}`);
    const rows = await this.db.query(
      `SELECT * FROM app_user WHERE ${where.join(" AND ")} ORDER BY id LIMIT ${p.add(first + 1)}`,
      p.values,
    );
    const c = new Params();
    const [count] = await this.db.query(
      `SELECT COUNT(*) AS n FROM app_user WHERE ${conditions(c).join(" AND ")}`,
      c.values,
    );
    return { rows: rows.slice(0, first).map(userFromRow), hasNextPage: rows.length > first, totalCount: num(count?.n) };
  }

  private async lock(tx: Tx, username: string): Promise<UserRecord> {
    const [row] = await tx.query(`SELECT * FROM app_user WHERE username = ?${tx.forUpdate}`, [username]);
    if (!row) throw refuse("NOT_FOUND", `没有用户「${username}」`, ["input", "username"]);
    return userFromRow(row);
  }

  async createUser(input: NewUser): Promise<Outcome<WithGeneratedPassword>> {
    const prepared = await preparePassword(input.password);
    return mutate(this.db, (tx) => insertUser(tx, input, "createUser", prepared));
  }

  updateUser(input: {
    username: string;
    role?: string | null;
    countyCode?: string | null;
    displayName?: string | null;
  }): Promise<Outcome<UserRecord>> {
    return mutate(this.db, async (tx) => {
      const before = await this.lock(tx, input.username.trim().toLowerCase());
      const role = input.role ?? before.role;
      if (!isRole(role)) throw refuse("INVALID_INPUT", "角色无效", ["input", "role"]);
      const countyCode = input.countyCode === undefined ? before.countyCode : input.countyCode?.trim() || null;
      const rc = roleCountyProblem(role, countyCode);
      if (rc) throw refuse("INVALID_INPUT", rc.message, ["input", rc.field]);
      if (before.role === "CITY_ADMIN" && role !== "CITY_ADMIN") await this.keepOneCityAdmin(tx, before.id);
      const displayName = input.displayName === undefined ? before.displayName : input.displayName?.trim() || null;
      await tx.query("UPDATE app_user SET role = ?, county_code = ?, display_name = ? WHERE id = ?", [
        role,
        countyCode,
        displayName,
        before.id,
      ]);
      const after = await this.lock(tx, before.username);
      await tx.audit({
        operation: "updateUser",
        entityType: "User",
        entityKey: before.id,
        before: audited(before),
        after: audited(after),
      });
      return after;
    });
  }

  /** Sets a new password (the given one, or one generated and returned once); the user's sessions end. */
  async resetPassword(input: {
    username: string;
    newPassword?: string | null;
  }): Promise<Outcome<WithGeneratedPassword>> {
    const prepared = await preparePassword(input.newPassword);
    return mutate(this.db, async (tx) => {
      const user = await this.lock(tx, input.username.trim().toLowerCase());
      const weak = passwordProblem(prepared.password);
      if (weak || !prepared.hash) throw refuse("INVALID_INPUT", weak ?? "密码无效", ["input", "newPassword"]);
      await tx.query("UPDATE app_user SET password_hash = ?, token_version = token_version + 1 WHERE id = ?", [
        prepared.hash,
        user.id,
      ]);
      await tx.audit({
        operation: "resetUserPassword",
        entityType: "User",
        entityKey: user.id,
        before: { passwordReset: false },
        after: { passwordReset: true },
      });
      return { ...user, generatedPassword: prepared.generated };
    });
  }

  setDisabled(input: { username: string; disabled: boolean }): Promise<Outcome<UserRecord>> {
    return mutate(this.db, async (tx) => {
      const before = await this.lock(tx, input.username.trim().toLowerCase());
      if (input.disabled && before.role === "CITY_ADMIN") await this.keepOneCityAdmin(tx, before.id);
      await tx.query("UPDATE app_user SET disabled = ?, token_version = token_version + 1 WHERE id = ?", [
        input.disabled ? 1 : 0,
        before.id,
      ]);
      const after = await this.lock(tx, before.username);
      await tx.audit({
        operation: "setUserDisabled",
        entityType: "User",
        entityKey: before.id,
        before: audited(before),
        after: audited(after),
      });
      return after;
    });
  }

  /**
   * Changes one's own password. Both scrypt runs (checking the current password, hashing the new
   * one) happen before the transaction; inside it the row is locked and must still hold the hash
   * that was checked (a change in between is refused, not overwritten).
   */
  async changeOwnPassword(
    userId: number,
    input: { currentPassword: string; newPassword: string },
  ): Promise<Outcome<UserRecord>> {
    const [current] = await this.db.query("SELECT password_hash FROM app_user WHERE id = ?", [userId]);
    const checkedHash = current ? String(current.password_hash) : null;
    const matches = checkedHash !== null && (await verifyPassword(input.currentPassword, checkedHash));
    const weak = passwordProblem(input.newPassword);
    const newHash = matches && !weak ? await hashPassword(input.newPassword) : null;
    return mutate(this.db, async (tx) => {
      const [row] = await tx.query(`SELECT * FROM app_user WHERE id = ?${tx.forUpdate}`, [userId]);
      if (!row || checkedHash === null) throw refuse("NOT_FOUND", "用户不存在", null);
      if (!matches) throw refuse("INVALID_INPUT", "当前密码不正确", ["input", "currentPassword"]);
      if (weak || !newHash) throw refuse("INVALID_INPUT", weak ?? "密码无效", ["input", "newPassword"]);
      if (String(row.password_hash) !== checkedHash) {
        throw refuse("CONFLICT", "密码刚被修改，请重新输入当前密码", ["input", "currentPassword"]);
      }
      await tx.query("UPDATE app_user SET password_hash = ?, token_version = token_version + 1 WHERE id = ?", [
        newHash,
        userId,
      ]);
      await tx.audit({
        operation: "changeOwnPassword",
        entityType: "User",
        entityKey: userId,
        before: { passwordReset: false },
        after: { passwordReset: true },
      });
      return userFromRow(row);
    });
  }

  /** The department must keep one active city admin: refuse to demote or disable the last one. */
  private async keepOneCityAdmin(tx: Tx, userId: number): Promise<void> {
    // Two demotions of different admins on different Galera nodes must not both see the other one.
    await tx.claim("city-admins");
    const others = await tx.query(
      `SELECT id FROM app_user WHERE role = 'CITY_ADMIN' AND disabled = 0 AND id <> ?${tx.forUpdate}`,
      [userId],
    );
    if (others.length === 0) throw refuse("CONFLICT", "至少须保留一名启用的市级管理员", ["input", "username"]);
  }
}

/**
 * Creates a user in a transaction under way (the API's createUser, the first admin of an empty
 * database, the command line): the username's rules, role and county, the password policy (or a
 * generated password, returned once), unique usernames; audited as `operation`. The password was
 * hashed before the transaction (`preparePassword`).
 */
export async function insertUser(
  tx: Tx,
  input: NewUser,
  operation: string,
  prepared: PreparedPassword,
): Promise<WithGeneratedPassword> {
  const username = input.username.trim().toLowerCase();
  if (!USERNAME_PATTERN.test(username)) {
    throw refuse("INVALID_INPUT", "用户名须为3至64位小写字母、数字或 . _ -，以字母或数字开头", ["input", "username"]);
  }
  if (!isRole(input.role)) throw refuse("INVALID_INPUT", "角色无效", ["input", "role"]);
  const countyCode = input.countyCode?.trim() || null;
  const rc = roleCountyProblem(input.role, countyCode);
  if (rc) throw refuse("INVALID_INPUT", rc.message, ["input", rc.field]);
  const weak = passwordProblem(prepared.password);
  if (weak || !prepared.hash) throw refuse("INVALID_INPUT", weak ?? "密码无效", ["input", "password"]);
  const [taken] = await tx.query(`SELECT id FROM app_user WHERE username = ?${tx.forUpdate}`, [username]);
  if (taken) throw refuse("CONFLICT", `用户名「${username}」已被使用`, ["input", "username"]);
  await tx.query(
    "INSERT INTO app_user (username, password_hash, role, county_code, display_name, disabled, token_version) VALUES (?, ?, ?, ?, ?, 0, 0)",
    [username, prepared.hash, input.role, countyCode, input.displayName?.trim() || null],
  );
  const [row] = await tx.query("SELECT * FROM app_user WHERE username = ?", [username]);
  const created = userFromRow(row as Record<string, unknown>);
  await tx.audit({ operation, entityType: "User", entityKey: created.id, before: null, after: audited(created) });
  return { ...created, generatedPassword: prepared.generated };
}
