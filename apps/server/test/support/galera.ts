/**
 * A real MariaDB Galera cluster for tests: three nodes of Debian's mariadbd with the galera-4 provider
 * on loopback ports, data directories in one temporary folder, state transfer by rsync.
 *
 * Every node runs in a process group of its own; `stop()` kills the groups and removes the folder. A
 * watchdog (a detached shell) does the same if the test process dies without stopping the cluster,
 * reading the groups to kill from a file the harness rewrites whenever a node (re)starts.
 * GALERA_KEEP=1 keeps the folder after `stop()`, to read the nodes' error logs.
 */
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import mysql from "mysql2/promise";

export const GALERA_PROVIDER = "/usr/lib/galera/libgalera_smm.so";
const MARIADBD = "/usr/sbin/mariadbd";
const INSTALL_DB = "/usr/bin/mariadb-install-db";

/** Whether this machine has what the cluster needs (Debian's galera-4, rsync, MariaDB's server). */
export function galeraMissing(): string | null {
  for (const file of [GALERA_PROVIDER, MARIADBD, INSTALL_DB, "/usr/bin/rsync", "/usr/bin/wsrep_sst_rsync"]) {
    if (!existsSync(file)) return `${file} is missing (apt-get install galera-4 rsync mariadb-server)`;
  }
  return null;
}

export interface GaleraNode {
  readonly index: number;
  readonly sqlPort: number;
  /** mysql://root@127.0.0.1:<port>/<database> */
  url(database: string): string;
}

export interface GaleraCluster {
  readonly nodes: readonly GaleraNode[];
  readonly dir: string;
  /** SIGKILL of a node's process group: a crash, no clean leave. */
  kill(index: number): Promise<void>;
  /** Starts a stopped node again: Synced when this resolves, with how it caught up (its error log says). */
  restart(index: number): Promise<{ transfer: "IST" | "SST" }>;
  /** wsrep_local_state_comment and wsrep_cluster_size as a node reports them. */
  status(index: number): Promise<{ state: string; clusterSize: number }>;
  /** Runs SQL on one node as root. */
  sql<T = Record<string, unknown>>(index: number, statement: string, params?: unknown[]): Promise<T[]>;
  stop(): Promise<void>;
}

/** True when nothing listens on the port (checked by binding it on loopback). */
function portFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once("error", () => resolve(false));
    server.listen(port, "127.0.0.1", () => server.close(() => resolve(true)));
  });
}

/**
 * Ports below the ephemeral range: SQL 3321+, group communication 14581+, IST 14591+, SST 14601+ (three
 * nodes each); the next block of ten is tried when one of them is taken (another cluster on the machine).
 */
async function pickPorts(count: number): Promise<{ sql: number; gcomm: number; ist: number; sst: number }[]> {
  for (let offset = 0; offset < 400; offset += 10) {
    const nodes = Array.from({ length: count }, (_, i) => ({
      sql: 3321 + offset + i,
      gcomm: 14581 + offset * 4 + i,
      ist: 14581 + offset * 4 + 10 + i,
      sst: 14581 + offset * 4 + 20 + i,
    }));
    const all = nodes.flatMap((n) => [n.sql, n.gcomm, n.ist, n.sst]);
    if ((await Promise.all(all.map(portFree))).every(Boolean)) return nodes;
  }
  throw new Error("no free block of loopback ports for a Galera cluster");
}

const alive = (child: ChildProcess) => {
  try {
    process.kill(child.pid as number, 0);
    return true;
  } catch {
    return false;
  }
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function startGaleraCluster(options: { nodes?: number; name?: string } = {}): Promise<GaleraCluster> {
  const missing = galeraMissing();
  if (missing) throw new Error(`cannot start a Galera cluster: ${missing}`);
  const count = options.nodes ?? 3;
  const dir = mkdtempSync(join(tmpdir(), "lx-galera-"));
  const ports = await pickPorts(count);
  const processes: (ChildProcess | null)[] = Array.from({ length: count }, () => null);
  const pgidFile = join(dir, "pgids");
  const writePgids = () =>
    writeFileSync(
      pgidFile,
      `${processes.flatMap((p) => (p?.pid && p.exitCode === null ? [String(p.pid)] : [])).join("\n")}\n`,
    );
  writePgids();

  // The watchdog: once the test process is gone, kill the nodes' groups and remove the folder.
  const watchdog = spawn(
    "/bin/sh",
    [
      "-c",
      `while kill -0 ${process.pid} 2>/dev/null; do sleep 1; done
       for g in $(cat "$1/pgids" 2>/dev/null); do kill -9 -"$g" 2>/dev/null; done
       sleep 1; rm -rf "$1"`,
      "galera-watchdog",
      dir,
    ],
    { detached: true, stdio: "ignore" },
  );
  watchdog.unref();

  const address = ports.map((p) => `127.0.0.1:${p.gcomm}`).join(",");
  const nodeDir = (i: number) => join(dir, `node${i}`);
  for (let i = 0; i < count; i++) {
    const p = ports[i] as (typeof ports)[number];
    mkdirSync(nodeDir(i), { recursive: true });
    writeFileSync(
      join(nodeDir(i), "my.cnf"),
      `[mysqld]
datadir=${join(nodeDir(i), "data")}
socket=${join(nodeDir(i), "mysqld.sock")}
pid-file=${join(nodeDir(i), "mysqld.pid")}
log-error=${join(nodeDir(i), "error.log")}
tmpdir=${nodeDir(i)}
port=${p.sql}
bind-address=127.0.0.1
user=root
character-set-server=utf8mb4
collation-server=utf8mb4_unicode_ci
skip-log-bin
binlog_format=ROW
default_storage_engine=InnoDB
innodb_autoinc_lock_mode=2
innodb_buffer_pool_size=64M
innodb_log_file_size=32M
innodb_flush_log_at_trx_commit=2
performance_schema=OFF
max_connections=200
wsrep_on=ON
wsrep_provider=${GALERA_PROVIDER}
wsrep_cluster_name=${options.name ?? "liangxin-test"}
wsrep_cluster_address=gcomm://${address}
wsrep_node_name=node${i}
wsrep_node_address=127.0.0.1:${p.gcomm}
wsrep_node_incoming_address=127.0.0.1:${p.sql}
wsrep_sst_method=rsync
wsrep_sst_receive_address=127.0.0.1:${p.sst}
wsrep_slave_threads=2
wsrep_provider_options="gmcast.listen_addr=tcp://127.0.0.1:${p.gcomm};ist.recv_addr=127.0.0.1:${p.ist};gcache.size=128M;evs.keepalive_period=PT0.5S;evs.suspect_timeout=PT2S;evs.inactive_timeout=PT4S;evs.inactive_check_period=PT0.5S;evs.install_timeout=PT4S;pc.wait_prim_timeout=PT10S"
`,
    );
  }

  // The first node's data directory is installed; the joiners' stay empty and receive it by SST.
  execFileSync(
    INSTALL_DB,
    [
      `--defaults-file=${join(nodeDir(0), "my.cnf")}`,
      "--user=root",
      "--auth-root-authentication-method=normal",
      "--skip-test-db",
      "--wsrep-on=OFF",
    ],
    { stdio: "pipe" },
  );
  for (let i = 1; i < count; i++) mkdirSync(join(nodeDir(i), "data"));
  // The joiner's rsync daemon, started by root, writes as `nobody`: it must reach and write the
  // data directories (a temporary folder of the test, nobody else's).
  chmodSync(dir, 0o755);
  for (let i = 0; i < count; i++) {
    chmodSync(nodeDir(i), 0o777);
    chmodSync(join(nodeDir(i), "data"), 0o777);
  }

  const start = (i: number, bootstrap: boolean, extra: readonly string[] = []) => {
    const child = spawn(
      MARIADBD,
      [`--defaults-file=${join(nodeDir(i), "my.cnf")}`, ...(bootstrap ? ["--wsrep-new-cluster"] : []), ...extra],
      { detached: true, stdio: "ignore" },
    );
    child.unref();
    processes[i] = child;
    writePgids();
  };

  const connect = (i: number) =>
    mysql.createConnection({
      host: "127.0.0.1",
      port: (ports[i] as (typeof ports)[number]).sql,
      user: "root",
      connectTimeout: 2000,
    });

  const sql = async <T>(i: number, statement: string, params: unknown[] = []): Promise<T[]> => {
    const c = await connect(i);
    try {
      const [rows] = await c.query(statement, params);
      return rows as T[];
    } finally {
      await c.end().catch(() => undefined);
    }
  };

  const status = async (i: number) => {
    const rows = await sql<{ Variable_name: string; Value: string }>(
      i,
      "SHOW STATUS WHERE Variable_name IN ('wsrep_local_state_comment', 'wsrep_cluster_size')",
    );
    const get = (name: string) => rows.find((r) => r.Variable_name === name)?.Value ?? "";
    return { state: get("wsrep_local_state_comment"), clusterSize: Number(get("wsrep_cluster_size")) };
  };

  const errorLog = (i: number) => {
    try {
      const lines = readFileSync(join(nodeDir(i), "error.log"), "utf8").split("\n");
      const errors = lines.filter((l) => /\[ERROR\]|WSREP_SST|rsync/.test(l)).slice(-20);
      return [...errors, "…", ...lines.slice(-5)].join("\n");
    } catch {
      return "(no error log)";
    }
  };

  const waitSynced = async (i: number, timeoutMs = 120_000) => {
    const until = Date.now() + timeoutMs;
    let last = "not started";
    while (Date.now() < until) {
      const child = processes[i];
      if (child && (child.exitCode !== null || !alive(child))) {
        throw new Error(`Galera node ${i} exited (${child.exitCode}):\n${errorLog(i)}`);
      }
      try {
        const s = await status(i);
        last = s.state;
        if (s.state === "Synced") return;
      } catch (error) {
        last = String((error as Error).message);
      }
      await sleep(300);
    }
    throw new Error(`Galera node ${i} not Synced after ${timeoutMs} ms (${last}):\n${errorLog(i)}`);
  };

  const killGroup = (child: ChildProcess | null) => {
    if (!child?.pid || child.exitCode !== null) return Promise.resolve();
    const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
    try {
      process.kill(-child.pid, "SIGKILL");
    } catch {
      return Promise.resolve();
    }
    return Promise.race([exited, sleep(5000)]);
  };

  /** Processes started from this cluster's folder (rsync daemons of a state transfer, …). */
  const strays = () =>
    readdirSync("/proc")
      .filter((name) => /^\d+$/.test(name) && Number(name) !== process.pid)
      .filter((pid) => {
        try {
          return readFileSync(`/proc/${pid}/cmdline`, "utf8").includes(dir);
        } catch {
          return false;
        }
      })
      .map(Number);

  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    await Promise.all(processes.map(killGroup));
    for (const pid of strays()) {
      try {
        process.kill(pid, "SIGKILL");
      } catch {
        // gone already
      }
    }
    try {
      process.kill(-(watchdog.pid as number), "SIGKILL");
    } catch {
      // gone already
    }
    if (!process.env.GALERA_KEEP) rmSync(dir, { recursive: true, force: true });
  };

  try {
    start(0, true);
    await waitSynced(0);
    for (let i = 1; i < count; i++) {
      start(i, false);
      await waitSynced(i);
    }
    const size = (await status(0)).clusterSize;
    if (size !== count) throw new Error(`Galera cluster has ${size} nodes, expected ${count}`);
  } catch (error) {
    await stop();
    throw error;
  }

  return {
    dir,
    nodes: ports.map((p, index) => ({
      index,
      sqlPort: p.sql,
      url: (database: string) => `mysql://root@127.0.0.1:${p.sql}/${database}`,
    })),
    async kill(i) {
      await killGroup(processes[i] ?? null);
      writePgids();
    },
    async restart(i) {
      // As mysqld_safe does after a crash: recover the node's last committed position from InnoDB and
      // start from it, so the cluster can send the missed writes by IST; should it fall back to SST,
      // the rsync daemon (as `nobody`) must be able to replace what the crashed server left.
      const recoverLog = join(nodeDir(i), "recover.log");
      execFileSync(
        MARIADBD,
        [`--defaults-file=${join(nodeDir(i), "my.cnf")}`, "--wsrep-recover", `--log-error=${recoverLog}`],
        {
          stdio: "ignore",
        },
      );
      const position = /Recovered position: ([0-9a-f-]+:-?\d+)/.exec(readFileSync(recoverLog, "utf8"))?.[1];
      execFileSync("chmod", ["-R", "a+rwX", join(nodeDir(i), "data")]);
      const logFile = join(nodeDir(i), "error.log");
      const logged = existsSync(logFile) ? readFileSync(logFile).length : 0;
      start(i, false, position ? [`--wsrep-start-position=${position}`] : []);
      await waitSynced(i);
      const since = readFileSync(logFile).subarray(logged).toString("utf8");
      return { transfer: /IST received/.test(since) ? "IST" : "SST" };
    },
    status,
    sql,
    stop,
  };
}
