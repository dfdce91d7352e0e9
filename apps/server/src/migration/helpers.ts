/**
 * Column helpers for migrations written once for both back ends (MariaDB/MySQL and SQLite) through
 * TypeORM's schema builder; no dialect-specific DDL.
 */
import { type QueryRunner, TableColumn, type TableColumnOptions, TableForeignKey, TableIndex } from "typeorm";

/** `integer`: SQLite's AUTOINCREMENT needs exactly INTEGER PRIMARY KEY; MySQL reads it as INT. */
export const id = (): TableColumnOptions => ({
  name: "id",
  type: "integer",
  isPrimary: true,
  isGenerated: true,
  generationStrategy: "increment",
});
export const int = (name: string, nullable = false): TableColumnOptions => ({
  name,
  type: "int",
  isNullable: nullable,
});
export const str = (name: string, length: number, nullable = false): TableColumnOptions => ({
  name,
  type: "varchar",
  length: String(length),
  isNullable: nullable,
});
export const bool = (name: string): TableColumnOptions => ({ name, type: "boolean", isNullable: false });
export const date = (name: string, nullable = false): TableColumnOptions => ({
  name,
  type: "date",
  isNullable: nullable,
});
export const text = (name: string, nullable = true): TableColumnOptions => ({
  name,
  type: "text",
  isNullable: nullable,
});

/** A UTC timestamp with milliseconds, defaulting to the moment of insertion. */
export function timestamp(queryRunner: QueryRunner, name: string, nullable = false): TableColumnOptions {
  const mysql = queryRunner.connection.driver.options.type === "mysql";
  return {
    name,
    type: "datetime",
    precision: mysql ? 3 : undefined,
    isNullable: nullable,
    default: nullable ? undefined : mysql ? "CURRENT_TIMESTAMP(3)" : "(strftime('%Y-%m-%d %H:%M:%f', 'now'))",
  };
}

export const fk = (column: string, table: string, referenced = "id", onDelete: "RESTRICT" | "CASCADE" = "RESTRICT") =>
  new TableForeignKey({
    columnNames: [column],
    referencedTableName: table,
    referencedColumnNames: [referenced],
    onDelete,
  });

export const index = (name: string, columns: string[], unique = false) =>
  new TableIndex({ name, columnNames: columns, isUnique: unique });

export const column = (options: TableColumnOptions) => new TableColumn(options);

/**
 * Columns added in place with `ALTER TABLE … ADD COLUMN`, which both back ends run as it is. (The
 * schema builder's addColumn rebuilds an SQLite table, and dropping a table that others reference
 * breaks their foreign keys.) Nullable columns, or NOT NULL ones with a constant default.
 */
export async function addColumnsInPlace(
  q: QueryRunner,
  table: string,
  columns: readonly { name: string; type: "date" | "text" | "boolean" | `varchar(${number})`; notNullDefault?: 0 }[],
): Promise<void> {
  for (const c of columns) {
    const nullability = c.notNullDefault === undefined ? "NULL" : `NOT NULL DEFAULT ${c.notNullDefault}`;
    await q.query(`ALTER TABLE ${table} ADD COLUMN ${c.name} ${c.type} ${nullability}`);
  }
}
