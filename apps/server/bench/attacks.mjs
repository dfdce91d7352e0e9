// `pnpm bench:attacks`: the built server under each class of hostile traffic, while a prober asks
// /healthz every 25 ms. Prints, per attack, how the attacks were answered and the worst and p99
// /healthz latency (the server keeps answering if these stay in milliseconds).
//   BENCH_DATABASE_URL   also run on MariaDB (database BENCH_DATABASE, default liangxin_bench_attacks)
//   BENCH_DURATION       seconds per attack (default 5)
//   BENCH_ATTACKERS      concurrent attacking connections (default 4)
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { connect } from "node:net";
import { cpus, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { createDeflateRaw } from "node:zlib";
import mysql from "mysql2/promise";

const root = fileURLToPath(new URL("..", import.meta.url));
const DURATION = Number(process.env.BENCH_DURATION ?? 5) * 1000;
const ATTACKERS = Number(process.env.BENCH_ATTACKERS ?? 4);
const PASSWORD = "Bench-Passw0rd";
const JWT_SECRET = "bench-secret-bench-secret-bench-secret-0123";

function fragmentBomb(levels) {
  const parts = ["query { city { ...F0 } }"];
  for (let i = 0; i < levels; i++) {
    parts.push(
      i === levels - 1
        ? `fragment F${i} on City { __typename }`
        : `fragment F${i} on City { ...F${i + 1} ...F${i + 1} ...F${i + 1} }`,
    );
  }
  return parts.join("\n");
}

/** A zip whose one worksheet inflates to `megabytes` MB of whitespace (sizes right, CRC not computed). */
async function inflationBomb(megabytes) {
  const deflate = createDeflateRaw({ level: 1 });
  const out = [];
  deflate.on("data", (c) => out.push(c));
  const ended = new Promise((r) => deflate.on("end", r));
  const chunk = Buffer.alloc(1024 * 1024, 0x20);
  for (let i = 0; i < megabytes; i++) if (!deflate.write(chunk)) await new Promise((r) => deflate.once("drain", r));
  deflate.end();
  await ended;
  const data = Buffer.concat(out);
  const name = Buffer.from("xl/worksheets/sheet1.xml");
  const size = megabytes * 1024 * 1024;
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(size, 22);
  local.writeUInt16LE(name.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(size, 24);
  central.writeUInt16LE(name.length, 28);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(46 + name.length, 12);
  end.writeUInt32LE(30 + name.length + data.length, 16);
  return Buffer.concat([local, name, data, central, name, end]);
}

async function waitFor(url) {
  for (let i = 0; i < 600; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${url} did not come up`);
}

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? 0;

/** Runs `attack` in ATTACKERS loops for DURATION while probing /healthz; returns the figures. */
async function measure(base, attack) {
  const deadline = Date.now() + DURATION;
  const statuses = new Map();
  let attacks = 0;
  const loops = Array.from({ length: attack ? ATTACKERS : 0 }, async () => {
    while (Date.now() < deadline) {
      let status;
      try {
        status = await attack();
      } catch (e) {
        status = e.cause?.code ?? e.code ?? "error";
      }
      attacks += 1;
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
    }
  });
  const latencies = [];
  const probe = (async () => {
    while (Date.now() < deadline) {
      const t = performance.now();
      const res = await fetch(`${base}/healthz`);
      await res.arrayBuffer();
      latencies.push(performance.now() - t);
      await new Promise((r) => setTimeout(r, 25));
    }
  })();
  await Promise.all([...loops, probe]);
  latencies.sort((a, b) => a - b);
  return {
    attacks,
    statuses: [...statuses].map(([s, n]) => `${s}×${n}`).join(" "),
    p99: percentile(latencies, 99),
    worst: latencies[latencies.length - 1] ?? 0,
    probes: latencies.length,
  };
}

/** What the guard (parse with the token cap, one measuring walk) costs on pnpm bench's nested read. */
async function guardCost() {
  await import("reflect-metadata");
  const { createQueryGuard, DEFAULT_QUERY_LIMITS } = await import("../dist/api/complexity.js");
  const { createSchema } = await import("../dist/api/schema.js");
  const { NESTED } = await import("./queries.mjs");
  const guard = createQueryGuard(await createSchema(), DEFAULT_QUERY_LIMITS, true);
  const viewer = { viewer: { id: 1 }, tokenProblem: null };
  const request = { query: NESTED, variables: { n: 20 } };
  for (let i = 0; i < 2000; i++) guard(request, viewer);
  const n = 20_000;
  const t = performance.now();
  for (let i = 0; i < n; i++) if (guard(request, viewer)) throw new Error("the nested read was refused");
  const us = ((performance.now() - t) * 1000) / n;
  console.log(`guard on the nested read (parse + measure, before Apollo): ${us.toFixed(1)} µs a request`);
}

async function runOn(backend) {
  const dir = mkdtempSync(join(tmpdir(), "liangxin-bench-attacks-"));
  const env = {
    ...process.env,
    PORT: "4811",
    HOST: "127.0.0.1",
    DATA_DIR: dir,
    JWT_SECRET,
    SEED_PASSWORD: PASSWORD,
    LOG_LEVEL: "warn",
    NODE_ENV: "production",
    LOGIN_MAX_FAILURES_PER_ADDRESS: "100000",
    HTTP_HEADERS_TIMEOUT_MS: "2000",
    HTTP_REQUEST_TIMEOUT_MS: "5000",
  };
  if (backend === "mysql") {
    const server = new URL(process.env.BENCH_DATABASE_URL);
    const db = process.env.BENCH_DATABASE ?? "liangxin_bench_attacks";
    const admin = `${server.protocol}//${server.username}${server.password ? `:${server.password}` : ""}@${server.host}/`;
    const c = await mysql.createConnection({ uri: admin });
    await c.query(`DROP DATABASE IF EXISTS \`${db}\``);
    await c.query(`CREATE DATABASE \`${db}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
    await c.end();
    env.DATABASE_URL = `${admin}${db}`;
    const { runCli } = await import("../dist/seed/cli.js");
    const log = console.log;
    console.log = () => {};
    await runCli("seed", { DATABASE_URL: env.DATABASE_URL, SEED_PASSWORD: PASSWORD });
    console.log = log;
  }
  const child = spawn(process.execPath, ["dist/main.js"], { cwd: root, env, stdio: ["ignore", "ignore", "inherit"] });
  const base = "http://127.0.0.1:4811";
  try {
    await waitFor(`${base}/readyz`);
    const gql = async (query, token, variables = {}) => {
      const res = await fetch(`${base}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      await res.arrayBuffer();
      return res.status;
    };
    const loginRes = await fetch(`${base}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        query: `mutation { login(input: {username: "city-admin", password: "${PASSWORD}"}) { token } }`,
      }),
    });
    const token = (await loginRes.json()).data.login.token;
    const bomb = fragmentBomb(30);
    const walks = (n) =>
      `{ ${Array.from({ length: n }, (_, i) => `a${i}: __schema { types { name fields { name } } }`).join(" ")} }`;
    const dates = `{ city { ${Array.from({ length: 300 }, (_, i) => `d${i}: coverage(asOf: "${new Date(Date.UTC(2025, 0, 1 + i)).toISOString().slice(0, 10)}") { eligibleCount }`).join(" ")} } }`;
    const nested = `{ organizations(first: 20) { nodes { branches { organizations { branches { organizations { name } } } } } } }`;
    const zip = await inflationBomb(600);
    const upload = async () => {
      const form = new FormData();
      form.append("file", new Blob([zip]), "bomb.xlsx");
      const res = await fetch(`${base}/import/organizations?dryRun=true`, {
        method: "POST",
        body: form,
        headers: { authorization: `Bearer ${token}` },
      });
      await res.arrayBuffer();
      return res.status;
    };
    let guess = 0;
    const slowHeaders = () =>
      new Promise((resolve) => {
        const socket = connect(4811, "127.0.0.1");
        let answer = "";
        const timer = setInterval(() => socket.write("x"), 200);
        socket.on("connect", () => socket.write("GET /healthz HTTP/1.1\r\nHost: x\r\nX-Slow: "));
        socket.on("data", (d) => {
          answer += d;
        });
        socket.on("close", () => {
          clearInterval(timer);
          resolve(answer.slice(9, 12) || "closed");
        });
        socket.on("error", () => undefined);
      });
    const cases = [
      ["no attack (baseline)", null],
      ["fragment bomb, 30 levels, anonymous", () => gql(bomb)],
      ["fragment bomb, 30 levels, signed in", () => gql(bomb, token)],
      ["3000 aliased __schema walks, signed in", () => gql(walks(3000), token)],
      ["coverage on 300 dates, signed in", () => gql(dates, token)],
      ["branches × 250 units walk, signed in", () => gql(nested, token)],
      [
        "parallel login guesses, anonymous",
        () => {
          guess += 1;
          return gql(`mutation { login(input: {username: "viewer", password: "guess-${guess}"}) { token } }`, null);
        },
      ],
      ["import: 600 MB inflation bomb, signed in", upload],
      ["slow headers (a byte every 200 ms)", slowHeaders],
    ];
    console.log(`\n${backend}: ${ATTACKERS} attackers, ${DURATION / 1000} s each, /healthz every 25 ms`);
    for (const [label, attack] of cases) {
      const r = await measure(base, attack);
      console.log(
        `  ${label.padEnd(44)} ${String(r.attacks).padStart(6)} attacks  ${r.statuses.padEnd(18)}  /healthz worst ${r.worst.toFixed(0).padStart(5)} ms  p99 ${r.p99.toFixed(0).padStart(4)} ms  (${r.probes} probes)`,
      );
    }
  } finally {
    child.kill("SIGTERM");
    await new Promise((r) => child.once("exit", r));
    rmSync(dir, { recursive: true, force: true });
  }
}

console.log(
  `machine: ${cpus().length} × ${cpus()[0]?.model}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB, node ${process.version}`,
);
await guardCost();
await runOn("sqlite");
if (process.env.BENCH_DATABASE_URL) await runOn("mysql");
