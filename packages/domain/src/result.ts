/**
 * Errors as values. Every validating function of this package returns a `Result`; only the
 * `*Unchecked` cores assume valid input and may misbehave without it.
 */
export type Result<T, E> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: E };

export const ok = <T>(value: T): { readonly ok: true; readonly value: T } => ({ ok: true, value });
export const err = <E>(error: E): { readonly ok: false; readonly error: E } => ({ ok: false, error });

/** A rule outcome that does not stop the change (advice), or one that does (violation). */
export interface Finding<C extends string = string> {
  /** Stable rule code, e.g. `STANDALONE_MIN_MEMBERS`. Clients may switch on it. */
  readonly code: C;
  /** Chinese explanation for people. */
  readonly message: string;
  /** Path of the offending input, when one field is at fault. */
  readonly field?: readonly string[];
  /** Identifiers the finding is about (e.g. organizations that should form their own branch). */
  readonly subjects?: readonly string[];
}

/** Outcome of a rule check that can produce several violations and pieces of advice at once. */
export interface Verdict<C extends string = string> {
  readonly valid: boolean;
  readonly errors: readonly Finding<C>[];
  readonly warnings: readonly Finding<C>[];
}

export const verdict = <C extends string>(errors: Finding<C>[], warnings: Finding<C>[]): Verdict<C> => ({
  valid: errors.length === 0,
  errors,
  warnings,
});

/** Unwraps a result the caller has proven valid; throws with the error otherwise (for tests and seeds). */
export function unwrap<T, E>(result: Result<T, E>): T {
  if (result.ok) return result.value;
  throw new Error(`unwrap of an error result: ${JSON.stringify(result.error)}`);
}
