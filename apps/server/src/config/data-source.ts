/**
 * The database: MariaDB/MySQL when DATABASE_URL is set, otherwise an embedded SQLite file.
 * The schema comes only from migrations; `synchronize` is never used.
 */
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import type { Logger as PinoLogger } from "pino";
import { DataSource, type QueryRunner, type Logger as TypeOrmLogger } from "typeorm";
import { ENTITIES } from "../entity/entities.js";
import { SnakeNamingStrategy } from "../entity/naming.js";
import { MIGRATIONS } from "../migration/index.js";
import { countStatement } from "../service/db.js";
import type { DatabaseConfig } from "./config.js";

/** Counts every statement for the request that sent it; logs only failures and slow ones. */
class SqlLogger implements TypeOrmLogger {
  constructor(private readonly pino: PinoLogger) {}
  logQuery(_query: string, _parameters?: unknown[], runner?: QueryRunner): void {
    countStatement(runner);
  }
  logQueryError(error: string | Error, query: string): void {
    this.pino.error({ err: error, query: query.slice(0, 2000) }, "sql error");
  }
  logQuerySlow(time: number, query: string): void {
    this.pino.warn({ ms: time, query: query.slice(0, 2000) }, "slow sql");
  }
  logSchemaBuild(): void {}
  logMigration(message: string): void {
    this.pino.info({ migration: message }, "migration");
  }
  log(level: "log" | "info" | "warn", message: unknown): void {
    if (level === "warn") this.pino.warn({ typeorm: message }, "typeorm");
  }
}

export function createDataSource(database: DatabaseConfig, log: PinoLogger): DataSource {
  const common = {
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: "schema_migration",
    synchronize: false,
    namingStrategy: new SnakeNamingStrategy(),
    logger: new SqlLogger(log),
    maxQueryExecutionTime: 1000,
  } as const;
  if (database.kind === "mysql") {
    return new DataSource({
      ...common,
      type: "mysql",
      url: database.url,
      charset: "utf8mb4_unicode_ci",
      timezone: "Z",
      // Calendar dates stay 'YYYY-MM-DD' strings; timestamps are UTC instants.
      dateStrings: ["DATE"],
      poolSize: database.poolSize,
      supportBigNumbers: true,
      bigNumberStrings: false,
    });
  }
  mkdirSync(dirname(database.file), { recursive: true });
  return new DataSource({
    ...common,
    type: "better-sqlite3",
    database: database.file,
    enableWAL: true,
    prepareDatabase: (db: { pragma: (s: string) => unknown }) => {
      db.pragma("foreign_keys = ON");
      db.pragma("busy_timeout = 5000");
    },
  });
}

export const isMysql = (dataSource: DataSource): boolean => dataSource.options.type === "mysql";
