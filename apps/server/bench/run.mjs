// `pnpm bench`: the GraphQL server against a bare node:http + mysql2 handler on the same MariaDB
// database, over loopback, with autocannon. Prints req/s, p50, p99 and SQL statements per request.
//   BENCH_DATABASE_URL  server to use (default mysql://root@127.0.0.1:3306)
//   BENCH_DATABASE      database to (re)create there (default liangxin_bench)
//   BENCH_DURATION      seconds per case (default 10), after a warm-up of a third of that
//   BENCH_CONNECTIONS   comma-separated (default 10,50)
//   BENCH_ROUNDS        rounds of every case, interleaved; medians are reported (default 3)
// Both servers share the machine's cores with MariaDB and autocannon, so single runs are noisy:
// the cases alternate within each round and the medians are compared. CPU per request of each
// server process is read from /proc (Linux).
import { spawn } from "node:child_process";
import { once } from "node:events";
import { existsSync, readFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { fileURLToPath } from "node:url";
import autocannon from "autocannon";
import mysql from "mysql2/promise";
import { COVERAGE, NESTED, NODE } from "./queries.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const server = new URL(process.env.BENCH_DATABASE_URL ?? "mysql://root@127.0.0.1:3306");
const DB = process.env.BENCH_DATABASE ?? "liangxin_bench";
const DURATION = Number(process.env.BENCH_DURATION ?? 10);
const CONNECTIONS = (process.env.BENCH_CONNECTIONS ?? "10,50").split(",").map(Number);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const JWT_SECRET = "bench-secret-bench-secret-bench-secret-0123";
const PASSWORD = "Bench-Passw0rd";
const POOL = "10";
const dbUrl = `${server.protocol}//${server.username}${server.password ? `:${server.password}` : ""}@${server.host}/${DB}`;

async function recreateDatabase() {
  const c = await mysql.createConnection({
    uri: `${server.protocol}//${server.username}${server.password ? `:${server.password}` : ""}@${server.host}/`,
  });
  await c.query(`DROP DATABASE IF EXISTS ${DB}`);
  await c.query(`CREATE DATABASE ${DB} CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  await c.end();
}

function start(script, port, onLine) {
  const child = spawn(process.execPath, [script], {
    cwd: root,
    env: {
      ...process.env,
      DATABASE_URL: dbUrl,
      DATABASE_POOL_SIZE: POOL,
      JWT_SECRET,
      PORT: String(port),
      HOST: "127.0.0.1",
      LOG_LEVEL: "info",
      NODE_ENV: "production",
    },
    stdio: ["ignore", "pipe", "inherit"],
  });
  let buffer = "";
  child.stdout.on("data", (chunk) => {
    buffer += chunk;
    const lines = buffer.split("\n");
    buffer = lines.pop();
    for (const line of lines) onLine(line);
  });
  return child;
}

async function waitFor(url) {
  for (let i = 0; i < 200; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${url} did not come up`);
}

async function post(url, token, query, variables) {
  const res = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  return res.text();
}

async function cannon(url, token, body, connections, duration) {
  const result = await autocannon({
    url,
    method: "POST",
    connections,
    duration,
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body,
  });
  if (result.non2xx > 0 || result.errors > 0)
    throw new Error(`${result.non2xx} non-2xx and ${result.errors} errors at ${url}`);
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    total: result.requests.total,
  };
}

// --- setup --------------------------------------------------------------------------------
console.log(
  `machine: ${cpus().length} × ${cpus()[0]?.model}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB, node ${process.version}`,
);
await recreateDatabase();
const { runCli } = await import("../dist/seed/cli.js");
const log = console.log;
console.log = () => {};
await runCli("seed", { DATABASE_URL: dbUrl, SEED_PASSWORD: PASSWORD });
console.log = log;

const sqlByOperation = new Map();
const gqlPort = 4801;
const barePort = 4802;
const gql = start("dist/main.js", gqlPort, (line) => {
  if (!line.startsWith("{")) return;
  const entry = JSON.parse(line);
  if (entry.msg !== "request" || !entry.operation) return;
  const s = sqlByOperation.get(entry.operation) ?? { requests: 0, sql: 0 };
  s.requests += 1;
  s.sql += entry.sql;
  sqlByOperation.set(entry.operation, s);
});
const bare = start("bench/bare.mjs", barePort, () => {});
await waitFor(`http://127.0.0.1:${gqlPort}/readyz`);
await waitFor(`http://127.0.0.1:${barePort}/stats`);
const gqlUrl = `http://127.0.0.1:${gqlPort}/graphql`;
const bareUrl = `http://127.0.0.1:${barePort}/nested`;

const login = JSON.parse(
  await post(gqlUrl, "", `mutation { login(input: {username: "city-admin", password: "${PASSWORD}"}) { token } }`),
);
const token = login.data.login.token;

// Same data, byte for byte.
const viaGraphql = await post(gqlUrl, token, NESTED, { n: 20 });
const viaBare = await post(bareUrl, token, NESTED, { n: 20 });
if (viaGraphql !== viaBare) {
  console.error("the two handlers disagree", viaGraphql.slice(0, 300), viaBare.slice(0, 300));
  process.exit(1);
}
console.log(`nested read (first: 20): identical responses, ${viaGraphql.length} bytes`);
const someOrg = JSON.parse(viaGraphql).data.city.counties[3].organizations.nodes[0].id;

const cases = [
  ["GraphQL nested read", gqlUrl, JSON.stringify({ query: NESTED, variables: { n: 20 } }), "Nested"],
  ["bare nested read", bareUrl, JSON.stringify({ query: NESTED, variables: { n: 20 } }), null],
  ["GraphQL city.coverage (both categories)", gqlUrl, JSON.stringify({ query: COVERAGE }), "Coverage"],
  ["GraphQL node(id)", gqlUrl, JSON.stringify({ query: NODE, variables: { id: someOrg } }), "Node"],
];

/** CPU time (ms) a process has used so far, from /proc; null where there is no /proc. */
function cpuMs(pid) {
  const file = `/proc/${pid}/stat`;
  if (!existsSync(file)) return null;
  const fields = readFileSync(file, "utf8").split(") ")[1].split(" ");
  return (Number(fields[11]) + Number(fields[12])) * 10;
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const results = [];
for (const connections of CONNECTIONS) {
  const samples = new Map(cases.map(([name]) => [name, []]));
  for (let round = 0; round < ROUNDS; round++) {
    for (const [name, url, body, operation] of cases) {
      const pid = operation ? gql.pid : bare.pid;
      await cannon(url, token, body, connections, Math.max(1, Math.round(DURATION / 3)));
      const before = operation
        ? { ...(sqlByOperation.get(operation) ?? { requests: 0, sql: 0 }) }
        : await (await fetch(`http://127.0.0.1:${barePort}/stats`)).json();
      const cpu0 = cpuMs(pid);
      const r = await cannon(url, token, body, connections, DURATION);
      const cpu1 = cpuMs(pid);
      await new Promise((res) => setTimeout(res, 300));
      const after = operation
        ? sqlByOperation.get(operation)
        : await (await fetch(`http://127.0.0.1:${barePort}/stats`)).json();
      const key = operation ? "sql" : "statements";
      const sql = (after[key] - before[key]) / (after.requests - before.requests);
      samples.get(name).push({ ...r, sql, cpu: cpu0 === null ? null : (cpu1 - cpu0) / r.total });
    }
  }
  for (const [name] of cases) {
    const s = samples.get(name);
    const row = {
      connections,
      name,
      rps: median(s.map((x) => x.rps)),
      p50: median(s.map((x) => x.p50)),
      p99: median(s.map((x) => x.p99)),
      sql: median(s.map((x) => x.sql)),
      cpu: s[0].cpu === null ? null : median(s.map((x) => x.cpu)),
      all: s.map((x) => x.rps.toFixed(0)).join("/"),
    };
    results.push(row);
    console.log(
      `${String(connections).padStart(3)} conn  ${name.padEnd(40)} ${row.rps.toFixed(0).padStart(6)} req/s (${row.all})  p50 ${String(row.p50).padStart(4)} ms  p99 ${String(row.p99).padStart(4)} ms  ${row.sql.toFixed(1)} SQL/req  ${row.cpu === null ? "" : `${row.cpu.toFixed(2)} ms CPU/req`}`,
    );
  }
  const g = results.find((r) => r.connections === connections && r.name === "GraphQL nested read");
  const b = results.find((r) => r.connections === connections && r.name === "bare nested read");
  console.log(
    `${String(connections).padStart(3)} conn  GraphQL / bare (nested read, medians): ${((100 * g.rps) / b.rps).toFixed(0)}%`,
  );
}

gql.kill("SIGTERM");
bare.kill("SIGTERM");
await Promise.all([once(gql, "exit"), once(bare, "exit")]);
