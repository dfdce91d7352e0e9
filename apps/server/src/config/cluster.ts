/**
 * MariaDB Galera Cluster (issue 13): found at start by `wsrep_on`. Every node accepts writes and
 * replicates them synchronously, but a node applies other nodes' writes a moment after they commit;
 * so that a client who wrote through one replica reads its write through another, every connection
 * of the pool sets `wsrep_sync_wait` for its session (reads wait until the node has applied what the
 * cluster committed before them). The node's readiness is its wsrep state: ready when Synced.
 *
 * The invariants do not rest on anything here: they rest on the claims (`Tx.claim`), which the
 * cluster certifies, and on the retry of transactions that lose certification (service/db.ts).
 */
import type { Logger } from "pino";
import type { DataSource } from "typeorm";
import type { DatabaseConfig } from "./config.js";

export interface ClusterInfo {
  /** True on a Galera node (wsrep_on = ON). */
  readonly galera: boolean;
  /** The `wsrep_sync_wait` every session of the pool runs with (0 off Galera). */
  readonly syncWait: number;
}

/** The callback-style connection mysql2's pool hands to its `connection` listeners. */
interface PoolConnection {
  query(sql: string, callback: (error: Error | null) => void): void;
  destroy(): void;
}

interface Pool {
  on(event: "connection", listener: (connection: PoolConnection) => void): void;
  getConnection(callback: (error: Error | null, connection: PoolConnection & { release(): void }) => void): void;
  readonly _allConnections?: { readonly length: number };
}

const NOT_GALERA: ClusterInfo = { galera: false, syncWait: 0 };

/** Sets the session's `wsrep_sync_wait`; a connection that cannot take it is closed, never used without it. */
function setSyncWait(connection: PoolConnection, syncWait: number, log: Logger): Promise<void> {
  return new Promise((resolve) => {
    connection.query(`SET SESSION wsrep_sync_wait = ${syncWait}`, (error) => {
      if (error) {
        log.warn({ err: error }, "wsrep_sync_wait could not be set: connection closed");
        connection.destroy();
      }
      resolve();
    });
  });
}

/**
 * Finds whether the database is a Galera node and, if so, makes every pooled connection (those the
 * pool holds already and every one it opens later) set `wsrep_sync_wait`.
 */
export async function prepareCluster(
  dataSource: DataSource,
  database: DatabaseConfig,
  log: Logger,
): Promise<ClusterInfo> {
  if (database.kind !== "mysql") return NOT_GALERA;
  const [row] = (await dataSource.query("SHOW VARIABLES LIKE 'wsrep_on'")) as { Value?: string }[];
  if (String(row?.Value ?? "").toUpperCase() !== "ON") return NOT_GALERA;
  const syncWait = database.galeraSyncWait;
  const pool = (dataSource.driver as unknown as { pool?: Pool }).pool;
  if (!pool) throw new Error("Galera: the MySQL driver has no connection pool");
  pool.on("connection", (connection) => {
    void setSyncWait(connection, syncWait, log);
  });
  // The connections opened before the listener (TypeORM's first check, the statements above): take
  // as many as the pool holds at once, so each of them is set too.
  const held = pool._allConnections?.length ?? 0;
  const taken = await Promise.all(
    Array.from(
      { length: held },
      () =>
        new Promise<(PoolConnection & { release(): void }) | null>((resolve) =>
          pool.getConnection((error, connection) => resolve(error ? null : connection)),
        ),
    ),
  );
  for (const connection of taken) {
    if (connection) {
      await setSyncWait(connection, syncWait, log);
      connection.release();
    }
  }
  log.info({ syncWait }, "Galera cluster: wsrep_sync_wait set for every connection; ready while the node is Synced");
  return { galera: true, syncWait };
}

/**
 * Whether the node serves: any answer at all off Galera; on Galera, `wsrep_ready` ON and the local
 * state Synced (not Joining, Donor/Desynced or out of the primary component).
 */
export async function databaseReady(dataSource: DataSource, cluster: ClusterInfo): Promise<boolean> {
  if (!cluster.galera) {
    await dataSource.query("SELECT 1");
    return true;
  }
  const rows = (await dataSource.query(
    "SHOW STATUS WHERE Variable_name IN ('wsrep_ready', 'wsrep_local_state_comment')",
  )) as { Variable_name: string; Value: string }[];
  const value = (name: string) => rows.find((r) => r.Variable_name === name)?.Value;
  return value("wsrep_ready") === "ON" && value("wsrep_local_state_comment") === "Synced";
}
