// `pnpm --filter @liangxin/server bench:import`: the Excel import of a 20,000-row ledger on MariaDB,
// through the built server over loopback (POST /import/organizations), as a county office would send it.
// Prints the file's size and the time of a dry run, the import, and re-importing the same file.
//   BENCH_DATABASE_URL  server to use (default mysql://root@127.0.0.1:3306); database liangxin_bench_import
//   BENCH_ROWS          rows in the file (default 20000)
// Needs `pnpm build` (the root `pnpm bench:import` does it). Not a test: it asserts only that the import
// succeeds and counts what it should.
import { spawn } from "node:child_process";
import { cpus, totalmem } from "node:os";
import { fileURLToPath } from "node:url";
import ExcelJS from "exceljs";
import mysql from "mysql2/promise";

const root = fileURLToPath(new URL("..", import.meta.url));
const server = new URL(process.env.BENCH_DATABASE_URL ?? "mysql://root@127.0.0.1:3306");
const DB = "liangxin_bench_import";
const ROWS = Number(process.env.BENCH_ROWS ?? 20_000);
const PASSWORD = "Bench-Passw0rd";
const PORT = 4811;
const auth = `${server.protocol}//${server.username}${server.password ? `:${server.password}` : ""}@${server.host}`;
const dbUrl = `${auth}/${DB}`;

console.log(
  `machine: ${cpus().length} × ${cpus()[0]?.model}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB, node ${process.version}`,
);
const admin = await mysql.createConnection({ uri: `${auth}/` });
const [[version]] = await admin.query("SELECT VERSION() AS v");
console.log(`database: MariaDB/MySQL ${version.v}`);
await admin.query(`DROP DATABASE IF EXISTS ${DB}`);
await admin.query(`CREATE DATABASE ${DB} CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
await admin.end();

const { runCli } = await import("../dist/seed/cli.js");
const log = console.log;
console.log = () => {};
await runCli("seed", { DATABASE_URL: dbUrl, SEED_PASSWORD: PASSWORD });
console.log = log;

// The file: the template's columns, Chinese labels, a mix of categories, counties and parks as typed.
const counties = ["铁岭县", "开原市", "昌图县", "调兵山市", "西丰县", "银州区", "清河区", "开发区", "高新区"];
const workbook = new ExcelJS.Workbook();
const sheet = workbook.addWorksheet("单位台账");
sheet.addRow([
  "单位名称",
  "统一社会信用代码",
  "单位类别",
  "单位类型",
  "所属县（市）区",
  "所属行业",
  "从业人员数",
  "规模以上企业",
  "正式党员数",
  "预备党员数",
  "纳入台账日期",
]);
for (let i = 0; i < ROWS; i++) {
  const social = i % 5 === 0;
  sheet.addRow([
    `基准测试${social ? "协会" : "有限公司"}${String(i).padStart(5, "0")}`,
    null,
    social ? "新社会组织" : "非公有制经济组织",
    social ? "社会团体" : "私营企业",
    counties[i % counties.length],
    i % 3 === 0 ? "制造业" : "批发和零售业",
    10 + (i % 400),
    !social && i % 11 === 0 ? "是" : "否",
    i % 9,
    i % 2,
    `2024-${String((i % 12) + 1).padStart(2, "0")}-15`,
  ]);
}
const file = Buffer.from(await workbook.xlsx.writeBuffer());
console.log(`file: ${ROWS} rows, ${(file.length / 1024 / 1024).toFixed(2)} MB`);

const child = spawn(process.execPath, ["dist/main.js"], {
  cwd: root,
  env: {
    ...process.env,
    DATABASE_URL: dbUrl,
    JWT_SECRET: "bench-secret-bench-secret-bench-secret-0123",
    PORT: String(PORT),
    HOST: "127.0.0.1",
    LOG_LEVEL: "warn",
    NODE_ENV: "production",
  },
  stdio: ["ignore", "ignore", "inherit"],
});
const base = `http://127.0.0.1:${PORT}`;
try {
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(`${base}/readyz`)).ok) break;
    } catch {}
    if (i > 300) throw new Error("server did not come up");
    await new Promise((r) => setTimeout(r, 100));
  }
  const login = await fetch(`${base}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      query: `mutation { login(input: {username: "city-admin", password: "${PASSWORD}"}) { token } }`,
    }),
  }).then((r) => r.json());
  const token = login.data.login.token;

  const upload = async (label, query, expect) => {
    const form = new FormData();
    form.append("file", new Blob([file]), "ledger.xlsx");
    const started = process.hrtime.bigint();
    const res = await fetch(`${base}/import/organizations${query}`, {
      method: "POST",
      body: form,
      headers: { authorization: `Bearer ${token}` },
    });
    const body = await res.json();
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const counts = `created ${body.created}, updated ${body.updated}, unchanged ${body.unchanged}`;
    if (res.status !== 200 || body[expect] !== ROWS) {
      throw new Error(`${label}: HTTP ${res.status} ${JSON.stringify(body).slice(0, 500)}`);
    }
    console.log(`${label.padEnd(28)} ${seconds.toFixed(1).padStart(6)} s   (${counts})`);
  };
  await upload("dry run (nothing written)", "?dryRun=true", "created");
  await upload("import", "", "created");
  await upload("re-import the same file", "", "unchanged");
} finally {
  child.kill("SIGTERM");
}
