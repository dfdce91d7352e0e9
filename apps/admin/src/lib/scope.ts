/**
 * What a signed-in user may see. City-wide roles (市级管理员, 审核员, a 查看者 without a county)
 * see the whole city; a 县级管理员 or a 查看者 of a county sees that county only. The server will
 * enforce the same (authorization issue); the client does not offer the rest.
 */
import type { Role } from "../gql/graphql";

export interface ViewerLike {
  readonly role: Role;
  readonly county: { readonly code: string; readonly name: string } | null;
}

export type Scope =
  | { readonly kind: "CITY" }
  | { readonly kind: "COUNTY"; readonly countyCode: string; readonly countyName: string };

export function scopeOf(viewer: ViewerLike): Scope {
  if (viewer.county) return { kind: "COUNTY", countyCode: viewer.county.code, countyName: viewer.county.name };
  if (viewer.role === "COUNTY_ADMIN") {
    // A county admin without a county is a broken account: it sees nothing rather than the city.
    return { kind: "COUNTY", countyCode: "", countyName: "" };
  }
  return { kind: "CITY" };
}

export function canSeeCounty(scope: Scope, countyCode: string): boolean {
  return scope.kind === "CITY" || scope.countyCode === countyCode;
}
