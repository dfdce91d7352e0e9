/** The server process: `pnpm start` (built with tsc, run with node). */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { startApp } from "./app.js";
import { ConfigError, loadConfig } from "./config/config.js";
import { adminDirectory } from "./http/static.js";

async function main(): Promise<void> {
  const config = loadConfig();
  const app = await startApp({
    config,
    onSeeded: ({ generatedPassword, users }) => {
      console.log("\n已载入参考数据（铁岭市，2023-05-31）。用户：", users.join(", "));
      if (generatedPassword) console.log(`初始密码（只显示这一次，请妥善保存）：${generatedPassword}\n`);
      else console.log("初始密码：SEED_PASSWORD 的值\n");
    },
  });
  const base = app.url.replace("127.0.0.1", "localhost");
  console.log(`Liangxin GraphQL: ${base}/graphql (${config.database.kind})`);
  if (existsSync(join(adminDirectory(), "index.html"))) console.log(`管理端（admin client）: ${base}/`);
  for (const signal of ["SIGTERM", "SIGINT"] as const) {
    process.once(signal, () => {
      app.log.info({ signal }, "shutting down");
      app.stop().then(
        () => process.exit(0),
        (error) => {
          app.log.error({ err: error }, "shutdown failed");
          process.exit(1);
        },
      );
    });
  }
}

main().catch((error) => {
  console.error(error instanceof ConfigError ? `配置错误：${error.message}` : error);
  process.exit(1);
});
