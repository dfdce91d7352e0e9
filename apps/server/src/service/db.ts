/**
 * The database handle services use. Each request gets its own, carrying the request's counter, so
 * every statement it sends is counted for the log line without async context tracking: each call
 * runs on a query runner that carries the counter, and the TypeORM logger adds to it.
 *
 * Writes go through `transaction`: on MariaDB/MySQL a deadlock, a lock-wait timeout or a changed
 * record (1213, 1205, 1020) retries the whole transaction, and so does a transaction that lost
 * Galera's certification to another node (1213); on the embedded SQLite file, whose driver shares
 * one connection, transactions are serialized through one lock per database. A transaction that
 * checks an invariant claims its scope first (`Tx.claim`), which is what a cluster certifies.
 */
import { type DataSource, type EntityManager, QueryFailedError, type QueryRunner } from "typeorm";
import type { Viewer } from "../common/request-context.js";
import { AggregateTracker } from "./aggregates.js";

/** The callback API of the mysql2 pool TypeORM's MySQL driver keeps (`driver.pool`). */
interface MysqlPool {
  query(sql: string, values: unknown[], callback: (error: Error | null, rows: unknown) => void): void;
}

export interface SqlCounter {
  sqlStatements: number;
}

/** Who acts, for the audit trail. */
export interface Actor {
  readonly requestId: string;
  readonly viewer: Viewer | null;
}

export interface AuditChange {
  /** The mutation, e.g. createOrganization. */
  readonly operation: string;
  /** The entity's type and key, e.g. Organization / 42. */
  readonly entityType: string;
  readonly entityKey: string | number;
  /** The entity before and after the change (null when created or deleted); only changed fields are kept. */
  readonly before: Record<string, unknown> | null;
  readonly after: Record<string, unknown> | null;
}

/** Changed fields only: { field: [before, after] }. */
export function changedFields(
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null,
): Record<string, [unknown, unknown]> {
  const out: Record<string, [unknown, unknown]> = {};
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  for (const key of keys) {
    const a = before?.[key] ?? null;
    const b = after?.[key] ?? null;
    if (JSON.stringify(a) !== JSON.stringify(b)) out[key] = [a, b];
  }
  return out;
}

/**
 * The scopes transactions claim (`Tx.claim`), one key each. A transaction that checks an invariant of
 * a scope claims it before reading what the check depends on.
 */
/** Nominations and plan changes of a year and level (the quota). */
export const quotaClaim = (year: number, level: string) => `quota:${year}:${level}`;
/** A branch's 五有 assessment of a year: its re-assessment and a site review that relies on it. */
export const fiveHavesClaim = (branchId: number, year: number) => `five-haves:${branchId}:${year}`;
/** A leader: the term and the contact points (one per year for a city leader). */
export const leaderClaim = (leaderId: number) => `leader:${leaderId}`;
/** A county: its monthly reports, contact lists, organization head and parks. */
export const countyClaim = (countyCode: string) => `county:${countyCode.slice(0, 16)}`;
/** A unit: its coverage by branches, its liaisons and their work targets. */
export const organizationClaim = (organizationId: number) => `organization:${organizationId}`;
/** A branch: its units (the joint-unit cap), level and dissolution. */
export const branchClaim = (branchId: number) => `branch:${branchId}`;
/** The names of a county's units (unique within the county, compared exactly). */
export const ledgerNamesClaim = (countyCode: string) => `ledger-names:${countyCode.slice(0, 16)}`;

const RETRYABLE_MYSQL_ERRORS = new Set([1213, 1205, 1020]);
/**
 * Attempts of a write before its error propagates. On a Galera cluster a transaction that loses
 * certification to another node's (1213) runs again; under a burst of writes that all claim one scope
 * on three nodes, a transaction can lose several rounds in a row.
 */
const MAX_ATTEMPTS = 12;
/**
 * A duplicate key (1062) where a check came first means a race lost to a transaction the check could
 * not see yet (on a Galera cluster, one that another node committed and this node applied while the
 * check ran): run the transaction once more, and the check refuses as it would have. Once only: a
 * duplicate that no check guards fails as before.
 */
const DUPLICATE_KEY = 1062;
const DUPLICATE_KEY_ATTEMPTS = 2;
/** Backoff before the next attempt: exponential, capped, with jitter so losers do not collide again. */
const retryDelay = (attempt: number) => Math.min(400, 10 * 2 ** attempt) + Math.random() * 40;

/** One queue per SQLite database: its single connection cannot hold two transactions. */
const sqliteLocks = new WeakMap<DataSource, Promise<unknown>>();

function errno(error: unknown): number | undefined {
  const e = error as { errno?: number; driverError?: { errno?: number } };
  return e?.driverError?.errno ?? e?.errno;
}

export class Db {
  constructor(
    readonly dataSource: DataSource,
    private readonly counter: SqlCounter | null = null,
    private readonly actor: Actor | null = null,
  ) {}

  get isMysql(): boolean {
    return this.dataSource.options.type === "mysql";
  }

  /**
   * Raw SQL with positional parameters, outside any transaction. On MariaDB/MySQL it goes straight to
   * the driver's pool: TypeORM's query runner costs a connection checkout, a promise wrapper with a
   * captured stack, two event broadcasts and a copy of the rows per statement, a fifth of the
   * server's CPU on a nested read (docs/benchmarks.md). Counting, slow-statement and error logging,
   * and the error type stay TypeORM's.
   */
  query<T = Record<string, unknown>>(sql: string, params: readonly unknown[] = []): Promise<T[]> {
    if (this.isMysql) return this.poolQuery<T>(sql, params);
    return this.run((manager) => manager.query(sql, [...params]));
  }

  private poolQuery<T>(sql: string, params: readonly unknown[]): Promise<T[]> {
    const { driver, logger } = this.dataSource;
    const pool = (driver as unknown as { pool: MysqlPool }).pool;
    if (this.counter) this.counter.sqlStatements += 1;
    const slowAfter = this.dataSource.options.maxQueryExecutionTime;
    const started = Date.now();
    const values = params as unknown[];
    return new Promise<T[]>((resolve, reject) => {
      pool.query(sql, values, (error, rows) => {
        const took = Date.now() - started;
        if (slowAfter && took > slowAfter) logger.logQuerySlow(took, sql, values);
        if (error) {
          logger.logQueryError(error, sql, values);
          reject(new QueryFailedError(sql, values, error));
        } else resolve(rows as T[]);
      });
    });
  }

  /** TypeORM operations on one query runner (one pooled connection, released at the end). */
  async run<T>(fn: (manager: EntityManager, runner: QueryRunner) => Promise<T>): Promise<T> {
    const runner = this.dataSource.createQueryRunner();
    runner.data = { counter: this.counter };
    try {
      return await fn(runner.manager, runner);
    } finally {
      await runner.release();
    }
  }

  /**
   * Runs `fn` in one transaction: committed when it returns, rolled back when it throws. The whole
   * function is retried on MariaDB's transient lock errors, so it must not have effects outside the
   * database.
   */
  async transaction<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
    if (this.isMysql) {
      for (let attempt = 1; ; attempt++) {
        try {
          return await this.once(fn);
        } catch (error) {
          const code = errno(error);
          const retryable =
            code !== undefined &&
            (RETRYABLE_MYSQL_ERRORS.has(code) || (code === DUPLICATE_KEY && attempt < DUPLICATE_KEY_ATTEMPTS));
          if (attempt >= MAX_ATTEMPTS || !retryable) throw error;
          await new Promise((resolve) => setTimeout(resolve, retryDelay(attempt)));
        }
      }
    }
    const previous = sqliteLocks.get(this.dataSource) ?? Promise.resolve();
    const run = previous.then(
      () => this.once(fn),
      () => this.once(fn),
    );
    sqliteLocks.set(
      this.dataSource,
      run.catch(() => undefined),
    );
    return run;
  }

  private once<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
    return this.run(async (manager, runner) => {
      await runner.startTransaction();
      try {
        const tx = new Tx(manager, runner, this.isMysql, this.actor);
        const result = await fn(tx);
        // The kept coverage aggregates change with the ledger, in the same transaction.
        await tx.aggregates.flush();
        await runner.commitTransaction();
        return result;
      } catch (error) {
        if (runner.isTransactionActive) await runner.rollbackTransaction();
        throw error;
      }
    });
  }
}

/** A transaction in progress: raw SQL and TypeORM on the same connection. */
export class Tx {
  /** Ledger writes `touch` what they change before changing it (see aggregates.ts). */
  readonly aggregates: AggregateTracker;

  constructor(
    readonly manager: EntityManager,
    readonly runner: QueryRunner,
    readonly isMysql: boolean,
    private readonly actor: Actor | null,
  ) {
    this.aggregates = new AggregateTracker(this, isMysql);
  }

  /** Who acts, as history tables record it ("system" for the seed and the command line). */
  get username(): string {
    return this.actor?.viewer?.username ?? "system";
  }

  /** Records a change in the audit trail, in this transaction: it commits or rolls back with it. */
  async audit(change: AuditChange): Promise<void> {
    const changes = changedFields(change.before, change.after);
    if (change.before !== null && change.after !== null && Object.keys(changes).length === 0) return;
    const viewer = this.actor?.viewer ?? null;
    await this.query(
      `INSERT INTO audit_log (request_id, user_id, username, role, operation, entity_type, entity_key, changes)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      [
        this.actor?.requestId ?? "system",
        viewer?.id ?? null,
        viewer?.username ?? "system",
        viewer?.role ?? "SYSTEM",
        change.operation,
        change.entityType,
        String(change.entityKey),
        JSON.stringify(changes),
      ],
    );
  }

  query<T = Record<string, unknown>>(sql: string, params: readonly unknown[] = []): Promise<T[]> {
    return this.manager.query(sql, [...params]);
  }

  /**
   * Claims a scope (e.g. `quota:2026:CITY`, `county:211202`) for this transaction by writing its row
   * in `write_claim`. Every transaction that checks an invariant of the scope and then writes claims
   * it first, before any plain read. On one MariaDB server the write holds the row's lock until the
   * end, so such transactions run one after another and each reads what the previous one committed.
   * On a Galera cluster, where a lock (`FOR UPDATE`) is local to a node and certification sees only
   * rows written, the claim is the written row: of two transactions that claimed the same scope on
   * different nodes, the second to certify fails with 1213 and `Db.transaction` runs it again. On
   * SQLite, transactions are serialized already; the write is harmless.
   */
  async claim(...keys: string[]): Promise<void> {
    // In one order (sorted), so that two transactions claiming several scopes cannot deadlock on them.
    const sorted = [...new Set(keys)].sort();
    if (sorted.length === 0) return;
    const values = sorted.map(() => "(?, 1)").join(", ");
    await this.query(
      this.isMysql
        ? `INSERT INTO write_claim (claim_key, claims) VALUES ${values} ON DUPLICATE KEY UPDATE claims = claims + 1`
        : `INSERT INTO write_claim (claim_key, claims) VALUES ${values} ON CONFLICT (claim_key) DO UPDATE SET claims = claims + 1`,
      sorted,
    );
  }

  /** `SELECT … FOR UPDATE` on MariaDB; SQLite serializes whole transactions instead. */
  get forUpdate(): string {
    return this.isMysql ? " FOR UPDATE" : "";
  }
}

/** Called by the TypeORM logger for every statement: counts it for the request that sent it. */
export function countStatement(runner: QueryRunner | undefined): void {
  const counter = (runner?.data as { counter?: SqlCounter | null } | undefined)?.counter;
  if (counter) counter.sqlStatements += 1;
}
