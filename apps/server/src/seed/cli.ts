/**
 * `pnpm seed`: migrate, then load the reference dataset into DATABASE_URL (or the embedded SQLite
 * file when it is unset). Running it again changes nothing; a database holding other data is refused.
 * `pnpm migrate`: migrations only (run once before a rollout).
 */
import "reflect-metadata";
import { pino } from "pino";
import { loadConfig } from "../config/config.js";
import { createDataSource } from "../config/data-source.js";
import { SeedRefused, seedReferenceData } from "./seed.js";

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
    console.log(
      outcome.generatedPassword
        ? `初始密码（只显示这一次，请妥善保存）：${outcome.generatedPassword}`
        : "初始密码：SEED_PASSWORD 的值",
    );
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
