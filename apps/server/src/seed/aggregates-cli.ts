/**
 * `pnpm verify-aggregates` (exit 1 on any difference) and `pnpm rebuild-aggregates` against the
 * configured database (DATABASE_URL, or the embedded file). Run the rebuild after restoring a backup,
 * after writes made behind the services' back, or when verify reports differences.
 */
import pino from "pino";
import { loadConfig } from "../config/config.js";
import { createDataSource } from "../config/data-source.js";
import { rebuildAggregates } from "../service/aggregates.js";
import { verifyAggregates } from "../service/aggregates-check.js";
import { Db } from "../service/db.js";

export async function aggregatesCli(
  command: "verify" | "rebuild",
  env: NodeJS.ProcessEnv = process.env,
): Promise<number> {
  const config = loadConfig(env, { needsSecret: false });
  const dataSource = createDataSource(config.database, pino({ level: "warn" }));
  await dataSource.initialize();
  try {
    const db = new Db(dataSource);
    if (command === "rebuild") {
      const started = Date.now();
      const rows = await db.transaction((tx) => rebuildAggregates(tx, db.isMysql));
      console.log(`覆盖汇总已重建：${rows} 行，用时 ${((Date.now() - started) / 1000).toFixed(1)} 秒`);
      return 0;
    }
    const differences = await verifyAggregates(db);
    if (differences.length === 0) {
      console.log("覆盖汇总与逐单位统计一致");
      return 0;
    }
    console.error(
      `覆盖汇总与逐单位统计不一致：${differences.length} 处（前 50 处如下），请运行 pnpm rebuild-aggregates`,
    );
    for (const d of differences.slice(0, 50)) {
      console.error(`  [${d.kind}] ${d.where} ${d.figure}: stored ${d.stored}, expected ${d.expected}`);
    }
    return 1;
  } finally {
    await dataSource.destroy();
  }
}
