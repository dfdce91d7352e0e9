/**
 * What one request carries: its id, the signed-in user, the operation, and a count of the SQL
 * statements it ran (for the log line and the tests that bound it). It is passed explicitly, never
 * through async context tracking (whose promise hooks cost a third of the CPU of a nested read).
 */
import type { SqlCounter } from "../service/db.js";
import type { Role } from "./roles.js";

export interface Viewer {
  readonly id: number;
  readonly username: string;
  readonly role: Role;
  /** Null for city-wide roles. */
  readonly countyCode: string | null;
  readonly displayName: string | null;
}

export interface RequestStore extends SqlCounter {
  /** The server's own id of the request (the audit trail and error replies carry it). */
  readonly requestId: string;
  /** The caller's X-Request-Id, when well formed: logged beside the server's, never trusted as it. */
  readonly clientRequestId?: string | null;
  viewer: Viewer | null;
  operationName: string | null;
}
