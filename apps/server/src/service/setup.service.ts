/**
 * The first start on an empty database, in the browser alone. While no user exists the server keeps
 * a one-time setup code (初始化码) in the database (`app_meta`, so every replica prints and accepts
 * the same one) and prints it at start; the admin client's 初始化 page takes the code and creates the
 * first CITY_ADMIN. The anonymous `setupFirstAdmin` works only while no user exists and only with the
 * code; once a user exists the code is deleted and the mutation refuses. `pnpm create-user` remains
 * the other way to the first admin.
 */
import { randomInt, timingSafeEqual } from "node:crypto";
import type { DataSource } from "typeorm";
import type { Db } from "./db.js";
import { mutate, type Outcome, refuse } from "./outcome.js";
import { insertUser, preparePassword, type WithGeneratedPassword } from "./user.service.js";

export const SETUP_CODE_KEY = "setup_code";

/** 20 characters of an alphabet without look-alikes (about 100 bits), shown in groups of four. */
const ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
const CODE_LENGTH = 20;

export function generateSetupCode(): string {
  const chars = Array.from({ length: CODE_LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]).join("");
  return (chars.match(/.{4}/g) as string[]).join("-");
}

/** The code as typed: case, spaces and dashes do not matter. */
export const normalizeSetupCode = (code: string): string => code.toUpperCase().replace(/[\s-]/g, "");

function sameCode(given: string, stored: string): boolean {
  const a = Buffer.from(normalizeSetupCode(given));
  const b = Buffer.from(normalizeSetupCode(stored));
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * At start: while no user exists, the setup code (created once, shared by every replica through the
 * database); once one exists, none (a code left from before is deleted). Returns the code to print.
 */
export async function prepareSetupCode(dataSource: DataSource): Promise<string | null> {
  const [{ n }] = (await dataSource.query("SELECT COUNT(*) AS n FROM app_user")) as [{ n: number | string }];
  if (Number(n) > 0) {
    await dataSource.query("DELETE FROM app_meta WHERE `key` = ?", [SETUP_CODE_KEY]);
    return null;
  }
  const read = async () =>
    ((await dataSource.query("SELECT value FROM app_meta WHERE `key` = ?", [SETUP_CODE_KEY])) as { value: string }[])[0]
      ?.value ?? null;
  const existing = await read();
  if (existing) return existing;
  try {
    await dataSource.query("INSERT INTO app_meta (`key`, value) VALUES (?, ?)", [SETUP_CODE_KEY, generateSetupCode()]);
  } catch (error) {
    // Another replica inserted it first: read theirs.
    const theirs = await read();
    if (theirs) return theirs;
    throw error;
  }
  return read();
}

export class SetupService {
  constructor(private readonly db: Db) {}

  /** Whether the system waits for its first admin (no user exists yet). */
  async required(): Promise<boolean> {
    const [row] = await this.db.query("SELECT COUNT(*) AS n FROM app_user");
    return Number(row?.n ?? 0) === 0;
  }

  /**
   * Creates the first CITY_ADMIN with the setup code. Refused once any user exists (whatever the
   * code), and with a wrong code; the code is spent in the same transaction.
   */
  async setupFirstAdmin(input: {
    setupCode: string;
    username: string;
    password: string;
    displayName?: string | null;
  }): Promise<Outcome<WithGeneratedPassword>> {
    // The password is hashed before the transaction (scrypt is slow), and only for a request that
    // could succeed: an anonymous caller with a wrong code or after the setup costs no scrypt.
    const [stored] = await this.db.query("SELECT value FROM app_meta WHERE `key` = ?", [SETUP_CODE_KEY]);
    const plausible = !!stored && !!input.password && sameCode(input.setupCode, String(stored.value));
    const prepared = plausible ? await preparePassword(input.password) : null;
    return mutate(this.db, async (tx) => {
      // The setup's claim and the code's row are the lock: two setups at once cannot both find no user.
      await tx.claim("setup");
      const [code] = await tx.query(`SELECT value FROM app_meta WHERE \`key\` = ?${tx.forUpdate}`, [SETUP_CODE_KEY]);
      const [users] = await tx.query("SELECT COUNT(*) AS n FROM app_user");
      if (Number(users?.n ?? 0) > 0) {
        throw refuse("INVALID_TRANSITION", "系统已初始化，请使用已有账号登录", ["input", "setupCode"]);
      }
      if (!code || !sameCode(input.setupCode, String(code.value))) {
        throw refuse("INVALID_INPUT", "初始化码不正确（见服务启动时输出的初始化码）", ["input", "setupCode"]);
      }
      if (!input.password || !prepared) throw refuse("INVALID_INPUT", "请设置密码", ["input", "password"]);
      const user = await insertUser(
        tx,
        { username: input.username, password: input.password, role: "CITY_ADMIN", displayName: input.displayName },
        "setupFirstAdmin",
        prepared,
      );
      await tx.query("DELETE FROM app_meta WHERE `key` = ?", [SETUP_CODE_KEY]);
      return user;
    });
  }
}
