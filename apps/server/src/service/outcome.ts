/**
 * How a write ends: committed with a value (and perhaps advice), or refused with user errors and
 * nothing changed. A service refuses by throwing `refuse(...)` inside its transaction, which rolls
 * the transaction back (audit records included) before the errors reach the caller.
 */
import type { Db, Tx } from "./db.js";

export const USER_ERROR_CODES = [
  "INVALID_INPUT",
  "NOT_FOUND",
  "OUT_OF_SCOPE",
  "QUOTA_EXCEEDED",
  "QUOTA_BELOW_USED",
  "QUOTA_SUM_MISMATCH",
  "ALREADY_ASSIGNED",
  "INVALID_TRANSITION",
  "PREREQUISITE_MISSING",
  "DEADLINE_PASSED",
  "FORMATION_RULE",
  "CONFLICT",
] as const;
export type UserErrorCode = (typeof USER_ERROR_CODES)[number];

export interface Problem {
  readonly code: UserErrorCode;
  readonly message: string;
  /** Path of the input field at fault, e.g. ["input", "organizationId"]. */
  readonly field: readonly string[] | null;
}

export const problem = (code: UserErrorCode, message: string, field: readonly string[] | null = null): Problem => ({
  code,
  message,
  field,
});

/** Thrown inside a transaction to refuse the change; carries what to tell the user. */
export class Refusal extends Error {
  constructor(readonly problems: readonly Problem[]) {
    super(problems.map((p) => p.message).join("; "));
  }
}

export const refuse = (code: UserErrorCode, message: string, field: readonly string[] | null = null): Refusal =>
  new Refusal([problem(code, message, field)]);

export type Outcome<T> =
  | { readonly ok: true; readonly value: T; readonly warnings: readonly Problem[] }
  | { readonly ok: false; readonly problems: readonly Problem[]; readonly warnings: readonly Problem[] };

/**
 * Runs a write in one transaction. Refusals roll it back and come back as problems; anything else
 * is unexpected and propagates (logged and masked at the edge).
 */
export async function mutate<T>(db: Db, fn: (tx: Tx, warn: (p: Problem) => void) => Promise<T>): Promise<Outcome<T>> {
  let warnings: Problem[] = [];
  try {
    const value = await db.transaction((tx) => {
      warnings = [];
      return fn(tx, (p) => warnings.push(p));
    });
    return { ok: true, value, warnings };
  } catch (error) {
    if (error instanceof Refusal) return { ok: false, problems: error.problems, warnings };
    throw error;
  }
}
