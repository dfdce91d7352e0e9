/**
 * Who may do what (issue: authorization by role and county). One table of capabilities per role,
 * checked by type-graphql's authChecker on every operation that declares one; and one scope per
 * viewer, applied by the services to every read and write.
 *
 * - CITY_ADMIN: everything, everywhere.
 * - REVIEWER: reads everything; reviews demonstration sites and monthly reports; reads the audit log.
 * - COUNTY_ADMIN: reads city-wide aggregates, and rows of its own county only; writes its own county
 *   (its ledger, its leaders and 组织部长, its parks: MANAGE_DIRECTORY; city leaders are the city's).
 * - VIEWER: reads what a county admin of its county reads (or the city when it has none); never writes.
 */
import type { Viewer } from "./request-context.js";
import type { Role } from "./roles.js";

export const CAPABILITIES = [
  "WRITE_LEDGER",
  "NOMINATE_SITE",
  "REVIEW_SITE",
  "SET_QUOTA",
  "ASSESS_FIVE_HAVES",
  "ADVANCE_EXCELLENCE",
  "ASSIGN_CONTACT_POINT",
  "PREPARE_REPORT",
  "REVIEW_REPORT",
  "RECORD_ACTIVITY",
  "MANAGE_DIRECTORY",
  "MANAGE_USERS",
  "READ_AUDIT",
  "READ_HISTORY",
] as const;
export type Capability = (typeof CAPABILITIES)[number];

const GRANTS: Readonly<Record<Role, readonly Capability[]>> = {
  CITY_ADMIN: CAPABILITIES,
  COUNTY_ADMIN: [
    "WRITE_LEDGER",
    "NOMINATE_SITE",
    "ASSESS_FIVE_HAVES",
    "ADVANCE_EXCELLENCE",
    "ASSIGN_CONTACT_POINT",
    "PREPARE_REPORT",
    "RECORD_ACTIVITY",
    "MANAGE_DIRECTORY",
    "READ_HISTORY",
  ],
  REVIEWER: ["REVIEW_SITE", "REVIEW_REPORT", "ASSESS_FIVE_HAVES", "READ_AUDIT", "READ_HISTORY"],
  VIEWER: [],
};

export function can(role: Role, capability: Capability): boolean {
  return GRANTS[role].includes(capability);
}

/** Whose rows a viewer may read: the whole city, or one county. */
export type ReadScope = { readonly kind: "CITY" } | { readonly kind: "COUNTY"; readonly countyCode: string };

export function readScopeOf(viewer: Viewer | null): ReadScope {
  if (!viewer) return { kind: "COUNTY", countyCode: "" };
  if (viewer.role === "CITY_ADMIN" || viewer.role === "REVIEWER") return { kind: "CITY" };
  if (viewer.countyCode) return { kind: "COUNTY", countyCode: viewer.countyCode };
  return viewer.role === "VIEWER" ? { kind: "CITY" } : { kind: "COUNTY", countyCode: "" };
}

export function mayRead(scope: ReadScope, countyCode: string): boolean {
  return scope.kind === "CITY" || scope.countyCode === countyCode;
}

/** May the viewer change rows of this county (given a capability that allows the change at all)? */
export function mayWrite(viewer: Viewer | null, countyCode: string): boolean {
  if (!viewer) return false;
  if (viewer.role === "CITY_ADMIN") return true;
  return viewer.role === "COUNTY_ADMIN" && viewer.countyCode === countyCode;
}

/**
 * Work phones are shown to the roles that manage the person's county (the city admin manages all;
 * a county admin its own); others see them masked: 024-7****0663.
 */
export function visiblePhone(viewer: Viewer | null, phone: string | null, countyCode: string | null): string | null {
  if (phone == null) return null;
  if (viewer?.role === "CITY_ADMIN") return phone;
  if (viewer?.role === "COUNTY_ADMIN" && countyCode !== null && viewer.countyCode === countyCode) return phone;
  return maskPhone(phone);
}

export function maskPhone(phone: string): string {
  const digits = phone.replace(/\D/g, "");
  if (digits.length < 7) return "****";
  const tail = phone.slice(-4);
  const headLength = Math.max(0, phone.length - 8);
  return `${phone.slice(0, headLength)}****${tail}`;
}
