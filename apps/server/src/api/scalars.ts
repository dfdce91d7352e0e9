/**
 * The contract's scalars: Date (YYYY-MM-DD, a calendar day) and DateTime (ISO 8601 with an offset).
 */
import { parseIsoDate } from "@liangxin/domain";
import { GraphQLError, GraphQLScalarType, Kind } from "graphql";

function parseDate(value: unknown): string {
  if (typeof value !== "string") throw new GraphQLError("Date 须为 YYYY-MM-DD 格式的字符串");
  const r = parseIsoDate(value);
  if (!r.ok) throw new GraphQLError(r.error.message);
  return r.value;
}

export const DateScalar = new GraphQLScalarType<string, string>({
  name: "Date",
  description: "A calendar day, YYYY-MM-DD.",
  serialize: (value) => {
    if (typeof value === "string") return value.slice(0, 10);
    throw new GraphQLError("Date 值无效");
  },
  parseValue: parseDate,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw new GraphQLError("Date 须为 YYYY-MM-DD 格式的字符串");
    return parseDate(ast.value);
  },
});

const DATETIME_RE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/;

function parseDateTime(value: unknown): Date {
  if (typeof value !== "string" || !DATETIME_RE.test(value) || Number.isNaN(Date.parse(value))) {
    throw new GraphQLError("DateTime 须为带时区的 ISO 8601 时间，如 2023-06-05T09:30:00+08:00");
  }
  return new Date(value);
}

export const DateTimeScalar = new GraphQLScalarType<Date, string>({
  name: "DateTime",
  description: "An instant, ISO 8601 with an offset (UTC in responses).",
  serialize: (value) => {
    const d = value instanceof Date ? value : new Date(String(value));
    if (Number.isNaN(d.getTime())) throw new GraphQLError("DateTime 值无效");
    return d.toISOString();
  },
  parseValue: parseDateTime,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw new GraphQLError("DateTime 须为字符串");
    return parseDateTime(ast.value);
  },
});
