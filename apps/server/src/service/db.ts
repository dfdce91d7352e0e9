/**
 * The database handle services use. Each request gets its own, carrying the request's counter, so
 * every statement it sends is counted for the log line without async context tracking: each call
 * runs on a query runner that carries the counter, and the TypeORM logger adds to it.
 */
import type { DataSource, EntityManager, QueryRunner } from "typeorm";

export interface SqlCounter {
  sqlStatements: number;
}

export class Db {
  constructor(
    readonly dataSource: DataSource,
    private readonly counter: SqlCounter | null = null,
  ) {}

  /** Raw SQL with positional parameters. */
  query<T = Record<string, unknown>>(sql: string, params: readonly unknown[] = []): Promise<T[]> {
    return this.run((manager) => manager.query(sql, [...params]));
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
}

/** Called by the TypeORM logger for every statement: counts it for the request that sent it. */
export function countStatement(runner: QueryRunner | undefined): void {
  const counter = (runner?.data as { counter?: SqlCounter | null } | undefined)?.counter;
  if (counter) counter.sqlStatements += 1;
}
