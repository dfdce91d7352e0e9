/**
 * Tables of monthly reports and activities (issue 7), for snapshots that show a refused request
 * changed nothing, and a few helpers the reports and activities tests share.
 */

import type { GraphQLErrorJson, TestServer } from "./harness.js";
import { ALL_TABLES } from "./snapshot.js";

export const REPORT_TABLES = [
  ...ALL_TABLES,
  "monthly_report",
  "excellence_step",
  "training_course",
  "training_attendance",
  "star_rating",
  "joint_meeting",
] as const;

export interface UserErrorJson {
  code: string;
  message: string;
  field: string[] | null;
}

/** Runs a mutation as `username` and returns its payload (fails the test on thrown errors). */
export async function mutation<T = Record<string, unknown>>(
  server: TestServer,
  username: string,
  query: string,
  variables: Record<string, unknown>,
): Promise<T & { userErrors: UserErrorJson[] }> {
  const r = await server.gql<Record<string, T & { userErrors: UserErrorJson[] }>>(
    query,
    variables,
    await server.login(username),
  );
  if (r.body.errors) throw new Error(`GraphQL errors: ${JSON.stringify(r.body.errors)}`);
  return Object.values(r.body.data ?? {})[0] as T & { userErrors: UserErrorJson[] };
}

/** The thrown errors of a request as `username` (for inputs refused before the resolver runs). */
export async function errorsOf(
  server: TestServer,
  username: string,
  query: string,
  variables: Record<string, unknown>,
): Promise<GraphQLErrorJson[]> {
  const r = await server.gql(query, variables, await server.login(username));
  return r.body.errors ?? [];
}

export async function auditCount(server: TestServer, operation?: string): Promise<number> {
  const rows: { n: number | string }[] = operation
    ? await server.app.dataSource.query("SELECT COUNT(*) AS n FROM audit_log WHERE operation = ?", [operation])
    : await server.app.dataSource.query("SELECT COUNT(*) AS n FROM audit_log");
  return Number(rows[0]?.n ?? 0);
}

export const globalId = (type: string, key: string | number): string =>
  Buffer.from(`${type}:${key}`, "latin1").toString("base64url");
