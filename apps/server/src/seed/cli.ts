/**
 * `pnpm seed`: migrate, then load the reference dataset into DATABASE_URL (or the embedded SQLite
 * file when it is unset). Running it again changes nothing; a database holding other data is refused.
 * `pnpm migrate`: migrations only (run once before a rollout).
 */
import "reflect-metadata";
import { pino } from "pino";
import { loadConfig } from "../config/config.js";
import { createDataSource } from "../config/data-source.js";
import { Db } from "../service/db.js";
import { generatePassword } from "../service/password.js";
import { UserService } from "../service/user.service.js";
import { SeedRefused, seedReferenceData } from "./seed.js";

/**
 * `pnpm create-user --username <name> --role <ROLE> [--county <code>] [--display <name>]`: the first
 * city admin of a production database (and any user later, without the API). The password comes
 * from NEW_USER_PASSWORD, or is generated and printed once.
 */
export async function createUserCli(args: readonly string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const option = (name: string): string | null => {
    const i = args.indexOf(`--${name}`);
    return i >= 0 ? (args[i + 1] ?? null) : null;
  };
  const username = option("username");
  const role = option("role");
  if (!username || !role) {
    console.error(
      "用法：pnpm create-user --username <用户名> --role <CITY_ADMIN|COUNTY_ADMIN|REVIEWER|VIEWER> [--county <代码>] [--display <显示名>]",
    );
    return 2;
  }
  const config = loadConfig(env, { needsSecret: false });
  const dataSource = createDataSource(config.database, pino({ level: "warn" }));
  await dataSource.initialize();
  try {
    await dataSource.runMigrations({ transaction: "each" });
    const password = env.NEW_USER_PASSWORD || generatePassword();
    const outcome = await new UserService(new Db(dataSource, null, { requestId: "cli", viewer: null })).createUser({
      username,
      password,
      role,
      countyCode: option("county"),
      displayName: option("display"),
    });
    if (!outcome.ok) {
      for (const p of outcome.problems) console.error(`未创建：${p.message}`);
      return 1;
    }
    console.log(
      `已创建用户 ${outcome.value.username}（${outcome.value.role}${outcome.value.countyCode ? `，${outcome.value.countyCode}` : ""}）`,
    );
    if (!env.NEW_USER_PASSWORD) console.log(`初始密码（只显示这一次，请登录后修改）：${password}`);
    return 0;
  } finally {
    await dataSource.destroy();
  }
}

/** The seeded accounts' passwords, printed once (each account has its own unless SEED_PASSWORD is set). */
export function printSeededPasswords(passwords: ReadonlyMap<string, string> | null): void {
  if (!passwords) {
    console.log("初始密码：SEED_PASSWORD 的值");
    return;
  }
  console.log("各账号的初始密码（只显示这一次，请妥善保存并尽快修改）：");
  for (const [username, password] of passwords) console.log(`  ${username.padEnd(16)} ${password}`);
}

export async function runCli(command: "seed" | "migrate", env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const config = loadConfig(env, { needsSecret: false });
  const log = pino({ level: "warn" });
  const dataSource = createDataSource(config.database, log);
  await dataSource.initialize();
  try {
    const applied = await dataSource.runMigrations({ transaction: "each" });
    console.log(applied.length > 0 ? `已执行迁移：${applied.map((m) => m.name).join(", ")}` : "数据库结构已是最新");
    if (command === "migrate") return 0;
    const outcome = await seedReferenceData(dataSource, { password: config.seedPassword });
    if (outcome.kind === "ALREADY_SEEDED") {
      console.log("参考数据已载入，未作改动");
      return 0;
    }
    console.log(`已载入参考数据（铁岭市，2023-05-31）。用户：${outcome.users.join(", ")}`);
    printSeededPasswords(outcome.generatedPasswords);
    return 0;
  } catch (error) {
    if (error instanceof SeedRefused) {
      console.error(`拒绝载入：${error.message}`);
      return 1;
    }
    throw error;
  } finally {
    await dataSource.destroy();
  }
}
