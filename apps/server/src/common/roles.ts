export const ROLES = ["CITY_ADMIN", "COUNTY_ADMIN", "REVIEWER", "VIEWER"] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Readonly<Record<Role, string>> = {
  CITY_ADMIN: "市级管理员",
  COUNTY_ADMIN: "县级管理员",
  REVIEWER: "审核员",
  VIEWER: "查看者",
};

export const isRole = (value: string): value is Role => (ROLES as readonly string[]).includes(value);
