// `pnpm bench:scale`: coverage, targets and bulletins at provincial scale. Generates a database of N
// units (default 1,000,000) by multiplying the reference ledger in SQL (INSERT … SELECT: units, their
// status periods, branches and their level history, coverage links, liaisons and assignments, the
// county proportions kept), rebuilds the kept aggregates, and prints, side by side in one run, each
// request via the aggregates and via the scan (COVERAGE_READS=scan) at N units and at reference size.
//   BENCH_DATABASE_URL  server (default mysql://root@127.0.0.1:3306)
//   BENCH_REF_DB, BENCH_SCALE_DB  the two databases it (re)creates (default liangxin_scale_ref, liangxin_scale)
//   BENCH_UNITS         units to generate (default 1000000); also the first argument
//   BENCH_RUNS          requests per case via the aggregates (default 20; p50 reported)
//   BENCH_SCAN_RUNS     requests per case via the scan at scale (default 1: they take seconds)
//   BENCH_REUSE=1       keep a scale database of the right size from a previous run (skip generation)
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import mysql from "mysql2/promise";
import { NESTED } from "./queries.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const server = new URL(process.env.BENCH_DATABASE_URL ?? "mysql://root@127.0.0.1:3306");
const UNITS = Number(process.argv[2] ?? process.env.BENCH_UNITS ?? 1_000_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 20);
const SCAN_RUNS = Number(process.env.BENCH_SCAN_RUNS ?? 1);
const REF = process.env.BENCH_REF_DB ?? "liangxin_scale_ref";
const SCALE = process.env.BENCH_SCALE_DB ?? "liangxin_scale";
const JWT_SECRET = "bench-secret-bench-secret-bench-secret-0123";
const PASSWORD = "Bench-Passw0rd";
const base = `${server.protocol}//${server.username}${server.password ? `:${server.password}` : ""}@${server.host}`;
const urlOf = (db) => `${base}/${db}`;
const { runCli } = await import("../dist/seed/cli.js");
const { aggregatesCli } = await import("../dist/seed/aggregates-cli.js");

const seconds = (t0) => ((Date.now() - t0) / 1000).toFixed(1);

async function seed(db) {
  const c = await mysql.createConnection({ uri: `${base}/` });
  await c.query(`DROP DATABASE IF EXISTS ${db}`);
  await c.query(`CREATE DATABASE ${db} CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  await c.end();
  const log = console.log;
  console.log = () => {};
  await runCli("seed", { DATABASE_URL: urlOf(db), SEED_PASSWORD: PASSWORD });
  console.log = log;
}

/** Multiplies the reference ledger in place: copy n of every row gets ids offset by n × the maximum. */
async function multiply(db, copies) {
  const c = await mysql.createConnection({ uri: urlOf(db), multipleStatements: true });
  await c.query("SET SESSION foreign_key_checks = 0, unique_checks = 0");
  const [[m]] = await c.query(
    `SELECT (SELECT MAX(id) FROM organization) AS o, (SELECT MAX(id) FROM branch) AS b, (SELECT MAX(id) FROM liaison) AS l`,
  );
  await c.query("DROP TABLE IF EXISTS bench_copy; CREATE TABLE bench_copy (n INT PRIMARY KEY)");
  const step = 25;
  for (let from = 1; from < copies; from += step) {
    const to = Math.min(copies - 1, from + step - 1);
    const t0 = Date.now();
    await c.query("DELETE FROM bench_copy");
    await c.query(
      `INSERT INTO bench_copy (n) VALUES ${Array.from({ length: to - from + 1 }, (_, i) => `(${from + i})`).join(",")}`,
    );
    await c.query("START TRANSACTION");
    await c.query(
      `INSERT INTO organization (id, name, credit_code, category, subtype, county_code, park_id, industry, employee_count,
         above_scale, eligible, formal_member_count, probationary_member_count, legal_representative_is_member,
         added_on, ceased_on, created_at, updated_at)
       SELECT o.id + s.n * ?, CONCAT(o.name, '·', s.n), NULL, o.category, o.subtype, o.county_code, o.park_id, o.industry,
         o.employee_count, o.above_scale, o.eligible, o.formal_member_count, o.probationary_member_count,
         o.legal_representative_is_member, o.added_on, o.ceased_on, o.created_at, o.updated_at
       FROM organization o CROSS JOIN bench_copy s WHERE o.id <= ?`,
      [m.o, m.o],
    );
    await c.query(
      `INSERT INTO organization_status_period (organization_id, valid_from, valid_to, eligible, above_scale, recorded_by, recorded_at)
       SELECT p.organization_id + s.n * ?, p.valid_from, p.valid_to, p.eligible, p.above_scale, p.recorded_by, p.recorded_at
       FROM organization_status_period p CROSS JOIN bench_copy s WHERE p.organization_id <= ?`,
      [m.o, m.o],
    );
    await c.query(
      `INSERT INTO branch (id, name, county_code, formation, level, founded_on, dissolved_on, formal_member_count,
         committee_size, secretary_name, secretary_phone, created_at, updated_at)
       SELECT b.id + s.n * ?, CONCAT(b.name, '·', s.n), b.county_code, b.formation, b.level, b.founded_on, b.dissolved_on,
         b.formal_member_count, b.committee_size, b.secretary_name, b.secretary_phone, b.created_at, b.updated_at
       FROM branch b CROSS JOIN bench_copy s WHERE b.id <= ?`,
      [m.b, m.b],
    );
    await c.query(
      `INSERT INTO branch_level_period (branch_id, level, valid_from, valid_to)
       SELECT h.branch_id + s.n * ?, h.level, h.valid_from, h.valid_to
       FROM branch_level_period h CROSS JOIN bench_copy s WHERE h.branch_id <= ?`,
      [m.b, m.b],
    );
    await c.query(
      `INSERT INTO coverage_link (branch_id, organization_id, role, valid_from, valid_to)
       SELECT l.branch_id + s.n * ?, l.organization_id + s.n * ?, l.role, l.valid_from, l.valid_to
       FROM coverage_link l CROSS JOIN bench_copy s WHERE l.branch_id <= ?`,
      [m.b, m.o, m.b],
    );
    await c.query(
      `INSERT INTO liaison (id, name, kind, county_code, title, phone)
       SELECT l.id + s.n * ?, l.name, l.kind, l.county_code, l.title, l.phone
       FROM liaison l CROSS JOIN bench_copy s WHERE l.id <= ?`,
      [m.l, m.l],
    );
    await c.query(
      `INSERT INTO liaison_assignment (liaison_id, organization_id, valid_from, valid_to)
       SELECT a.liaison_id + s.n * ?, a.organization_id + s.n * ?, a.valid_from, a.valid_to
       FROM liaison_assignment a CROSS JOIN bench_copy s WHERE a.liaison_id <= ?`,
      [m.l, m.o, m.l],
    );
    await c.query("COMMIT");
    process.stdout.write(`  copies ${from}–${to} of ${copies - 1} (${seconds(t0)} s)\n`);
  }
  await c.query("DROP TABLE bench_copy");
  await c.query("ANALYZE TABLE organization, organization_status_period, branch, coverage_link, liaison_assignment");
  await c.end();
}

async function countUnits(db) {
  try {
    const c = await mysql.createConnection({ uri: urlOf(db) });
    const [[r]] = await c.query("SELECT COUNT(*) AS n FROM organization");
    await c.end();
    return Number(r.n);
  } catch {
    return 0;
  }
}

// --- servers ------------------------------------------------------------------------------------
const servers = [];
function start(db, reads, port) {
  const sql = [];
  const child = spawn(process.execPath, ["dist/main.js"], {
    cwd: root,
    env: {
      ...process.env,
      DATABASE_URL: urlOf(db),
      DATABASE_POOL_SIZE: "10",
      JWT_SECRET,
      PORT: String(port),
      HOST: "127.0.0.1",
      LOG_LEVEL: "info",
      NODE_ENV: "production",
      COVERAGE_READS: reads,
    },
    stdio: ["ignore", "pipe", "inherit"],
  });
  let buffer = "";
  child.stdout.on("data", (chunk) => {
    buffer += chunk;
    const lines = buffer.split("\n");
    buffer = lines.pop();
    for (const line of lines) {
      if (!line.startsWith("{")) continue;
      const e = JSON.parse(line);
      if (e.msg === "request" && e.operation) sql.push({ operation: e.operation, sql: e.sql });
    }
  });
  const s = { child, url: `http://127.0.0.1:${port}`, sql, token: null };
  servers.push(s);
  return s;
}

async function ready(s) {
  for (let i = 0; i < 600; i++) {
    try {
      if ((await fetch(`${s.url}/readyz`)).ok) break;
    } catch {}
    await new Promise((r) => setTimeout(r, 100));
  }
  const r = await post(s, `mutation { login(input: {username: "city-admin", password: "${PASSWORD}"}) { token } }`);
  s.token = r.data.login.token;
}

async function post(s, query, variables) {
  const res = await fetch(`${s.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(s.token ? { authorization: `Bearer ${s.token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = await res.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors).slice(0, 400));
  return body;
}

const FIGURES = `eligibleCount organizationCoverage { numerator denominator percent } standaloneCoverage { percent }
  liaisonCoverage { percent } dualCoverage { percent } branchCount liaisonCount`;
const CASES = [
  [
    "city.coverage (one category)",
    `query CityCoverage { city { coverage(category: NON_PUBLIC_ENTERPRISE) { ${FIGURES} } } }`,
  ],
  ["county.coverage (调兵山市)", `query CountyCoverage { county(code: "211281") { coverage { ${FIGURES} } } }`],
  ["targets(year: 2023)", "query Targets { targets(year: 2023) { label required achieved met } }"],
  [
    "bulletin(period, ORGANIZATION_COVERAGE)",
    `query Bulletin { bulletin(period: "2023-05", metric: ORGANIZATION_COVERAGE) { rows { rank live rate { numerator denominator percent } } } }`,
  ],
  ["nested read (counties → organizations(first: 20) → …)", NESTED, { n: 20 }],
];

/** p50 (ms) of `runs` requests, the answer (to compare) and the statements of the last one. */
async function measure(s, query, variables, runs) {
  const times = [];
  let answer = null;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    answer = await post(s, query, variables);
    times.push(performance.now() - t0);
  }
  await new Promise((r) => setTimeout(r, 200));
  times.sort((a, b) => a - b);
  return { p50: times[Math.floor(times.length / 2)], answer, sql: s.sql.at(-1)?.sql ?? null };
}

// --- run --------------------------------------------------------------------------------------------
const started = Date.now();
console.log(`reference database ${REF}: seeding`);
await seed(REF);
const refUnits = await countUnits(REF);
const copies = Math.max(1, Math.floor(UNITS / refUnits));
const target = copies * refUnits;
if (process.env.BENCH_REUSE === "1" && (await countUnits(SCALE)) === target) {
  console.log(`${SCALE}: reusing ${target} units`);
} else {
  console.log(`${SCALE}: ${refUnits} reference units × ${copies} = ${target} units`);
  let t0 = Date.now();
  await seed(SCALE);
  await multiply(SCALE, copies);
  console.log(`  generated in ${seconds(t0)} s`);
  t0 = Date.now();
  const log = console.log;
  console.log = () => {};
  await aggregatesCli("rebuild", { DATABASE_URL: urlOf(SCALE) });
  console.log = log;
  console.log(`  aggregates rebuilt in ${seconds(t0)} s`);
}

const refAgg = start(REF, "aggregates", 4811);
const refScan = start(REF, "scan", 4812);
const bigAgg = start(SCALE, "aggregates", 4813);
const bigScan = start(SCALE, "scan", 4814);
try {
  for (const s of servers) await ready(s);
  const fmt = (ms) => (ms >= 1000 ? `${(ms / 1000).toFixed(1)} s` : `${ms.toFixed(1)} ms`);
  console.log(
    `\n${"request".padEnd(56)} ${"reference agg".padStart(13)} ${"ref scan".padStart(10)} ${`${target} agg`.padStart(13)} ${`${target} scan`.padStart(13)}  SQL/req (ref agg, big agg, big scan)`,
  );
  for (const [name, query, variables] of CASES) {
    for (const s of [refAgg, refScan, bigAgg]) await post(s, query, variables); // warm-up
    const a = await measure(refAgg, query, variables, RUNS);
    const b = await measure(refScan, query, variables, RUNS);
    const c = await measure(bigAgg, query, variables, RUNS);
    const d = await measure(bigScan, query, variables, SCAN_RUNS);
    const same = (x, y) => JSON.stringify(x.answer) === JSON.stringify(y.answer);
    const agree = `${same(a, b) ? "" : "  ≠ at reference size!"}${same(c, d) ? "" : "  ≠ at scale!"}`;
    console.log(
      `${name.padEnd(56)} ${fmt(a.p50).padStart(13)} ${fmt(b.p50).padStart(10)} ${fmt(c.p50).padStart(13)} ${fmt(d.p50).padStart(13)}  ${a.sql}, ${c.sql}, ${d.sql}${agree}`,
    );
  }
  console.log(
    `\n(p50 of ${RUNS} requests via the aggregates, ${SCAN_RUNS} via the scan at scale; one client; total ${seconds(started)} s)`,
  );
} finally {
  for (const s of servers) s.child.kill("SIGTERM");
}
