/**
 * The authorization matrix: every root field of the schema × every role × the county admin's own
 * county and another county. Each case builds its request for a target county and states the
 * expected outcome per actor; the test fails for a root field that has no case.
 */

/** Who asks. COUNTY_* act for 调兵山市 (211281); "other" targets are in 开原市 (211282). */
export const ACTORS = ["CITY_ADMIN", "REVIEWER", "COUNTY_ADMIN", "VIEWER", "COUNTY_VIEWER"] as const;
export type Actor = (typeof ACTORS)[number];
export type Target = "own" | "other";

/**
 * OK: answered without errors (a mutation: without userErrors). NULL: the field is null (node out of
 * scope). EMPTY: an empty list. FORBIDDEN / UNAUTHENTICATED: a thrown error with that code.
 * OUT_OF_SCOPE or `USER_ERROR:<CODE>`: a mutation refused with that userError.
 */
export type Outcome =
  | "OK"
  | "NULL"
  | "EMPTY"
  | "FORBIDDEN"
  | "UNAUTHENTICATED"
  | "OUT_OF_SCOPE"
  | `USER_ERROR:${string}`;

export interface MatrixRequest {
  readonly query: string;
  readonly variables?: Record<string, unknown>;
}

export interface MatrixHelpers {
  /** 211281 (调兵山市), the county admin's own county. */
  readonly own: string;
  /** 211282 (开原市). */
  readonly other: string;
  readonly countyOf: (target: Target) => string;
  /** Runs a query or mutation as the city admin (to prepare data); fails on any error. */
  asCityAdmin<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<T>;
  /** Opaque id of an organization of the county that has a branch (organization-covered). */
  coveredOrganizationId(countyCode: string): Promise<string>;
  /** Opaque id of an organization of the county without a branch. */
  uncoveredOrganizationId(countyCode: string): Promise<string>;
  /** Opaque id of a branch of the county. */
  branchId(countyCode: string): Promise<string>;
  /** A string no other cell has used (for names, usernames). */
  unique(prefix: string): string;
}

export interface MatrixCase {
  readonly field: string;
  readonly kind: "query" | "mutation";
  /** Builds the request for a target; may prepare data as the city admin first. */
  request(target: Target, h: MatrixHelpers): Promise<MatrixRequest> | MatrixRequest;
  /** Expected outcome per actor; one value for both targets, or one per target. */
  readonly expect: Readonly<Record<Actor, Outcome | { readonly own: Outcome; readonly other: Outcome }>>;
}

/** The same outcome for every actor and target. */
export const all = (outcome: Outcome): MatrixCase["expect"] => ({
  CITY_ADMIN: outcome,
  REVIEWER: outcome,
  COUNTY_ADMIN: outcome,
  VIEWER: outcome,
  COUNTY_VIEWER: outcome,
});

/** A write any city admin may do anywhere, a county admin in its own county only, others never. */
export const countyWrite = (ok: Outcome = "OK"): MatrixCase["expect"] => ({
  CITY_ADMIN: ok,
  REVIEWER: "FORBIDDEN",
  COUNTY_ADMIN: { own: ok, other: "OUT_OF_SCOPE" },
  VIEWER: "FORBIDDEN",
  COUNTY_VIEWER: "FORBIDDEN",
});

/** A read of rows: the city roles anywhere; county roles their own county only. */
export const countyRead = (outOfScope: Outcome = "FORBIDDEN", ok: Outcome = "OK"): MatrixCase["expect"] => ({
  CITY_ADMIN: ok,
  REVIEWER: ok,
  COUNTY_ADMIN: { own: ok, other: outOfScope },
  VIEWER: ok,
  COUNTY_VIEWER: { own: ok, other: outOfScope },
});
