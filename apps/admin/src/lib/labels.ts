/**
 * The Chinese the UI shows for the API's enums. The glossary of docs/domain.md lives in
 * @liangxin/domain and is reused as is; what the domain does not name (roles, coverage statuses)
 * is named here.
 */
import {
  BRANCH_LEVEL_LABELS,
  CATEGORY_LABELS,
  COUNTY_KIND_LABELS,
  COVERAGE_ROLE_LABELS,
  FORMATION_LABELS,
  LIAISON_KIND_LABELS,
  SUBTYPE_LABELS,
} from "@liangxin/domain";
import type { CoverageStatus, OrganizationCategory, Role } from "../gql/graphql";

export {
  BRANCH_LEVEL_LABELS,
  CATEGORY_LABELS,
  COUNTY_KIND_LABELS,
  COVERAGE_ROLE_LABELS,
  FORMATION_LABELS,
  LIAISON_KIND_LABELS,
};

export const ROLE_LABELS: Readonly<Record<Role, string>> = {
  CITY_ADMIN: "市级管理员",
  COUNTY_ADMIN: "县级管理员",
  REVIEWER: "审核员",
  VIEWER: "查看者",
};

export const COVERAGE_STATUS_LABELS: Readonly<Record<CoverageStatus, string>> = {
  ORGANIZATION_AND_LIAISON: "组织覆盖 + 联络员",
  ORGANIZATION_ONLY: "组织覆盖",
  LIAISON_ONLY: "联络员覆盖",
  GAP: "空白点",
  NOT_IN_POPULATION: "不计入统计",
};

export const CATEGORIES: readonly OrganizationCategory[] = ["NON_PUBLIC_ENTERPRISE", "SOCIAL_ORGANIZATION"];

/** The label of a subtype code, or the code itself when the glossary does not know it. */
export function subtypeLabel(code: string | null | undefined): string | null {
  if (!code) return null;
  return (SUBTYPE_LABELS as Readonly<Record<string, string>>)[code] ?? code;
}

/** Liaison kinds come as strings (LIAISON / INSTRUCTOR). */
export function liaisonKindLabel(kind: string): string {
  return (LIAISON_KIND_LABELS as Readonly<Record<string, string>>)[kind] ?? kind;
}

export function countyKindLabel(kind: string): string {
  return (COUNTY_KIND_LABELS as Readonly<Record<string, string>>)[kind] ?? kind;
}
