/** Outcomes of writes → the payloads of the contract: the object, or userErrors and no object. */
import type { Outcome, Problem } from "../service/outcome.js";
import { UserError } from "./types/common.js";

export const toUserErrors = (problems: readonly Problem[]): UserError[] =>
  problems.map((p) => UserError.of(p.code, p.message, p.field));

/** Builds a payload: `key` holds the mapped value when the write committed, null otherwise. */
export function payload<T, V, K extends string>(
  outcome: Outcome<T>,
  key: K,
  map: (value: T) => V,
): { [P in K]: V | null } & { userErrors: UserError[]; warnings: UserError[] } {
  return {
    [key]: outcome.ok ? map(outcome.value) : null,
    userErrors: outcome.ok ? [] : toUserErrors(outcome.problems),
    warnings: toUserErrors(outcome.warnings),
  } as { [P in K]: V | null } & { userErrors: UserError[]; warnings: UserError[] };
}
