/** The server process: `pnpm start` (built with tsc, run with node). */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { startApp } from "./app.js";
import { ConfigError, loadConfig } from "./config/config.js";
import { adminDirectory } from "./http/static.js";
import { printSeededPasswords } from "./seed/cli.js";

async function main(): Promise<void> {
  const config = loadConfig();
  const app = await startApp({
    config,
    onSeeded: ({ generatedPasswords, users }) => {
      console.log("\n已载入参考数据（铁岭市，2023-05-31）。用户：", users.join(", "));
      printSeededPasswords(generatedPasswords);
      console.log();
    },
    onSetupCode: (code) => {
      console.log("\n系统尚无用户。请在管理端打开「初始化」页面（/setup），用下面的初始化码创建第一位市级管理员：");
      console.log(`初始化码：${code}`);
      console.log("（初始化码保存在数据库中，创建管理员后失效；也可以用 pnpm create-user 创建。）\n");
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
